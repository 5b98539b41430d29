using System.Buffers.Binary;
using System.Text;

namespace Testbed.Harness.Disassembly;

/// <summary>
/// The symbol table (.symtab) of an ELF64 little-endian image, and the bytes behind a
/// symbol, read through the section headers. Format: System V ABI, "Object Files"
/// (ELF header, section header table, symbol table entries of 24 bytes).
/// </summary>
public sealed class ElfSymbolTable
{
    const uint SymbolTableSection = 2;   // SHT_SYMTAB
    const uint NoBitsSection = 8;        // SHT_NOBITS (.bss)
    const ulong AllocFlag = 0x2;         // SHF_ALLOC
    const ulong ExecFlag = 0x4;          // SHF_EXECINSTR

    readonly byte[] _image;
    readonly List<Section> _sections;

    public IReadOnlyList<ElfSymbol> Symbols { get; }

    readonly record struct Section(uint Type, ulong Flags, ulong Address, ulong Offset, ulong Size, uint Link);

    ElfSymbolTable(byte[] image, List<Section> sections, IReadOnlyList<ElfSymbol> symbols)
    {
        _image = image;
        _sections = sections;
        Symbols = symbols;
    }

    public static ElfSymbolTable Load(string path)
    {
        if (!File.Exists(path))
            throw new BadImageException($"{path} does not exist; build the kernel first");
        return Parse(File.ReadAllBytes(path), path);
    }

    public static ElfSymbolTable Parse(byte[] image, string what = "image")
    {
        if (image.Length < 64 || image[0] != 0x7F || image[1] != 'E' || image[2] != 'L' || image[3] != 'F')
            throw new BadImageException($"{what} is not an ELF file");
        if (image[4] != 2 || image[5] != 1)
            throw new BadImageException($"{what} is not a 64-bit little-endian ELF file (kernel64.elf is; kernel.elf is the 32-bit copy for QEMU)");

        var span = image.AsSpan();
        ulong sectionTable = BinaryPrimitives.ReadUInt64LittleEndian(span[40..]);
        ushort entrySize = BinaryPrimitives.ReadUInt16LittleEndian(span[58..]);
        ushort count = BinaryPrimitives.ReadUInt16LittleEndian(span[60..]);
        if (entrySize < 64 || sectionTable + (ulong)entrySize * count > (ulong)image.Length)
            throw new BadImageException($"{what} has a truncated section header table");

        var sections = new List<Section>(count);
        for (int i = 0; i < count; i++)
        {
            var header = span.Slice((int)sectionTable + i * entrySize, 64);
            sections.Add(new Section(
                Type: BinaryPrimitives.ReadUInt32LittleEndian(header[4..]),
                Flags: BinaryPrimitives.ReadUInt64LittleEndian(header[8..]),
                Address: BinaryPrimitives.ReadUInt64LittleEndian(header[16..]),
                Offset: BinaryPrimitives.ReadUInt64LittleEndian(header[24..]),
                Size: BinaryPrimitives.ReadUInt64LittleEndian(header[32..]),
                Link: BinaryPrimitives.ReadUInt32LittleEndian(header[40..])));
        }

        int symtab = sections.FindIndex(s => s.Type == SymbolTableSection);
        if (symtab < 0)
            throw new BadImageException($"{what} has no symbol table (was it stripped?)");
        var symbols = ReadSymbols(image, sections, sections[symtab], what);
        return new ElfSymbolTable(image, sections, symbols);
    }

    static List<ElfSymbol> ReadSymbols(byte[] image, List<Section> sections, Section symtab, string what)
    {
        if (symtab.Link >= sections.Count)
            throw new BadImageException($"{what}: the symbol table names no string table");
        var strings = sections[(int)symtab.Link];
        var raw = new List<(string Name, ulong Value, ulong Size, int Section)>();
        for (ulong at = symtab.Offset; at + 24 <= symtab.Offset + symtab.Size && at + 24 <= (ulong)image.Length; at += 24)
        {
            var entry = image.AsSpan((int)at, 24);
            uint nameOffset = BinaryPrimitives.ReadUInt32LittleEndian(entry);
            byte type = (byte)(entry[4] & 0xF);
            ushort section = BinaryPrimitives.ReadUInt16LittleEndian(entry[6..]);
            ulong value = BinaryPrimitives.ReadUInt64LittleEndian(entry[8..]);
            ulong size = BinaryPrimitives.ReadUInt64LittleEndian(entry[16..]);
            // Functions (STT_FUNC) and plain labels (STT_NOTYPE, what GNU as gives assembly
            // routines), in a real section.
            if ((type != 0 && type != 2) || section == 0 || section >= sections.Count || nameOffset == 0)
                continue;
            var name = ReadString(image, strings.Offset + nameOffset);
            if (name.Length == 0 || name.StartsWith(".L", StringComparison.Ordinal))
                continue;
            raw.Add((name, value, size, section));
        }

        // A label without a size runs to the next symbol of its section (or the section end).
        var bySection = raw.GroupBy(s => s.Section).ToDictionary(g => g.Key, g => g.Select(s => s.Value).Distinct().Order().ToArray());
        var result = new List<ElfSymbol>(raw.Count);
        foreach (var (name, value, size, section) in raw)
        {
            ulong computed = size;
            if (computed == 0)
            {
                var starts = bySection[section];
                int next = Array.BinarySearch(starts, value) + 1;
                ulong end = next < starts.Length ? starts[next] : sections[section].Address + sections[section].Size;
                computed = end > value ? end - value : 0;
            }
            result.Add(new ElfSymbol(name, value, computed, section));
        }
        return result;
    }

    static string ReadString(byte[] image, ulong offset)
    {
        if (offset >= (ulong)image.Length)
            return "";
        int end = Array.IndexOf(image, (byte)0, (int)offset);
        if (end < 0) end = image.Length;
        return Encoding.ASCII.GetString(image, (int)offset, end - (int)offset);
    }

    /// <summary>
    /// The symbol named exactly <paramref name="name"/>; failing that, the only symbol whose
    /// name contains it (C# methods have mangled names: <c>L4Style_L4Style_Ipc_IpcSlowPath__Run</c>).
    /// Throws with the candidates when the name is unknown or ambiguous.
    /// </summary>
    public ElfSymbol Find(string name)
    {
        var exact = Symbols.Where(s => s.Name == name).ToList();
        if (exact.Count > 0)
            return exact[0];
        var partial = Symbols.Where(s => s.Name.Contains(name, StringComparison.Ordinal)).DistinctBy(s => s.Name).ToList();
        if (partial.Count == 1)
            return partial[0];
        if (partial.Count == 0)
            throw new BadImageException($"no symbol '{name}' in the image");
        var shown = string.Join(", ", partial.Take(8).Select(s => s.Name));
        throw new BadImageException($"'{name}' matches {partial.Count} symbols: {shown}{(partial.Count > 8 ? ", ..." : "")}");
    }

    /// <summary>The bytes of a symbol, from the section that holds it.</summary>
    public ReadOnlyMemory<byte> BytesOf(ElfSymbol symbol)
    {
        var section = _sections[symbol.SectionIndex];
        if (section.Type == NoBitsSection)
            throw new BadImageException($"{symbol.Name} is in a section without file contents");
        ulong offset = section.Offset + (symbol.Address - section.Address);
        ulong size = Math.Min(symbol.Size, section.Address + section.Size - symbol.Address);
        if (offset + size > (ulong)_image.Length)
            throw new BadImageException($"{symbol.Name} lies outside the file");
        return _image.AsMemory((int)offset, (int)size);
    }

    /// <summary>The address ranges [start, end) of the image's executable sections, as loaded.</summary>
    public IEnumerable<(ulong Start, ulong End)> CodeRanges =>
        _sections.Where(IsLoadedCode).Select(s => (s.Address, s.Address + s.Size));

    /// <summary>
    /// Up to <paramref name="buffer"/>'s length of code bytes at <paramref name="address"/>, from
    /// the executable section that holds it (fewer at the section's end); 0 when no executable
    /// section holds the address.
    /// </summary>
    public int ReadCode(ulong address, Span<byte> buffer)
    {
        foreach (var section in _sections)
        {
            if (!IsLoadedCode(section) || address < section.Address || address >= section.Address + section.Size)
                continue;
            ulong offset = section.Offset + (address - section.Address);
            ulong available = Math.Min(section.Address + section.Size - address, (ulong)buffer.Length);
            if (offset + available > (ulong)_image.Length)
                return 0;
            _image.AsSpan((int)offset, (int)available).CopyTo(buffer);
            return (int)available;
        }
        return 0;
    }

    static bool IsLoadedCode(Section section) =>
        section.Type != NoBitsSection && (section.Flags & (AllocFlag | ExecFlag)) == (AllocFlag | ExecFlag) && section.Size > 0;
}
