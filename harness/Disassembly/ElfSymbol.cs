namespace Testbed.Harness.Disassembly;

/// <summary>
/// A function symbol of an ELF64 image: its name, address and size in bytes. Assembly
/// labels often have no size (no <c>.size</c> directive); theirs is computed as the distance
/// to the next symbol in the same section.
/// </summary>
public sealed record ElfSymbol(string Name, ulong Address, ulong Size, int SectionIndex);
