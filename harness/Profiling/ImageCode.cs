using Testbed.Harness.Disassembly;

namespace Testbed.Harness.Profiling;

/// <summary>
/// What the profiler needs of one linked image: its name, its symbols, the address ranges
/// of its executable sections and a way to read the code bytes there (to tell an rdtsc).
/// </summary>
public sealed record ImageCode(
    string Name,
    IReadOnlyList<(string Name, ulong Address)> Symbols,
    IReadOnlyList<(ulong Start, ulong End)> Code,
    ImageCode.CodeReader? ReadCode = null)
{
    /// <summary>Copies code bytes at an address into the buffer; returns how many (0: none there).</summary>
    public delegate int CodeReader(ulong address, Span<byte> buffer);

    public const string KernelSymbolsFile = "kernel64.elf";

    public static ImageCode FromElf(string path)
    {
        var table = ElfSymbolTable.Load(path);
        return new ImageCode(
            Path.GetFileName(path),
            table.Symbols.Select(s => (s.Name, s.Address)).ToList(),
            table.CodeRanges.ToList(),
            table.ReadCode);
    }

    /// <summary>
    /// The images of a built kernel that can execute: kernel64.elf (the 64-bit copy of the
    /// kernel, with its symbols) and every ELF64 boot module in modules.txt. SIPs and ring-3
    /// programs are linked at fixed addresses, so their symbols are absolute. Other modules
    /// (system.manifest) are skipped.
    /// </summary>
    public static IReadOnlyList<ImageCode> OfKernel(KernelImage kernel)
    {
        var kernelSymbols = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(kernel.ElfPath))!, KernelSymbolsFile);
        if (!File.Exists(kernelSymbols))
            throw new BadImageException($"{kernelSymbols} does not exist: profiling needs the kernel's 64-bit symbols (build the kernel; a bare image path has none)");
        var images = new List<ImageCode> { FromElf(kernelSymbols) };
        foreach (var module in kernel.Modules)
        {
            if (IsElf64(module))
                images.Add(FromElf(module));
        }
        return images;
    }

    static bool IsElf64(string path)
    {
        Span<byte> header = stackalloc byte[5];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(header, 5, throwOnEndOfStream: false) == 5
            && header[0] == 0x7F && header[1] == 'E' && header[2] == 'L' && header[3] == 'F' && header[4] == 2;
    }
}
