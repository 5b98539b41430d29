using System.Buffers.Binary;
using System.Text;
using Testbed.Harness.Disassembly;

namespace Testbed.Tests.Disassembly;

public sealed class ElfSymbolTableTests
{
    // .text at 0x401000 holds: nop; nop; ret (first_label, no size) | push rbp; pop rbp; ret
    // (Sized_Method, size 3) | int3 (last_label, no size: runs to the section end).
    static readonly byte[] Text = [0x90, 0x90, 0xC3, 0x55, 0x5D, 0xC3, 0xCC];
    const ulong TextAddress = 0x401000;

    [Fact]
    public void Find_ReturnsTheExactSymbol_WithItsAddress()
    {
        var table = ElfSymbolTable.Parse(TinyElf());
        var symbol = table.Find("first_label");
        Assert.Equal(TextAddress, symbol.Address);
    }

    [Fact]
    public void ALabelWithoutSize_RunsToTheNextSymbol()
    {
        var table = ElfSymbolTable.Parse(TinyElf());
        Assert.Equal(3UL, table.Find("first_label").Size);
        Assert.Equal(1UL, table.Find("last_label").Size);
    }

    [Fact]
    public void ASizedSymbol_KeepsItsSize_AndItsBytesComeFromTheSection()
    {
        var table = ElfSymbolTable.Parse(TinyElf());
        var symbol = table.Find("Sized_Method");
        Assert.Equal(3UL, symbol.Size);
        Assert.Equal(new byte[] { 0x55, 0x5D, 0xC3 }, table.BytesOf(symbol).ToArray());
    }

    [Fact]
    public void APartOfAMangledName_FindsTheOnlySymbolContainingIt()
    {
        var table = ElfSymbolTable.Parse(TinyElf());
        Assert.Equal("Sized_Method", table.Find("Method").Name);
    }

    [Fact]
    public void AnAmbiguousOrUnknownName_IsABadImageError_NamingTheCandidates()
    {
        var table = ElfSymbolTable.Parse(TinyElf());
        var ambiguous = Assert.Throws<BadImageException>(() => table.Find("_label"));
        Assert.Contains("first_label", ambiguous.Message);
        Assert.Contains("last_label", ambiguous.Message);
        Assert.Throws<BadImageException>(() => table.Find("nowhere"));
    }

    [Fact]
    public void A32BitElf_IsRefused_WithAHintAboutKernel64()
    {
        var image = TinyElf();
        image[4] = 1;
        var error = Assert.Throws<BadImageException>(() => ElfSymbolTable.Parse(image));
        Assert.Contains("kernel64.elf", error.Message);
    }

    [Fact]
    public void AnImageWithoutSymbolTable_IsRefused()
    {
        var error = Assert.Throws<BadImageException>(() => ElfSymbolTable.Parse(TinyElf(withSymbols: false)));
        Assert.Contains("no symbol table", error.Message);
    }

    [Fact]
    public void TheDisassembler_CountsTheInstructionsOfASymbol()
    {
        var table = ElfSymbolTable.Parse(TinyElf());
        var symbol = table.Find("first_label");
        var instructions = FunctionDisassembler.Decode(table.BytesOf(symbol), symbol.Address);
        Assert.Equal(3, instructions.Count);
        Assert.Equal("ret", instructions[2].Text);
        Assert.Equal(TextAddress + 2, instructions[2].Address);
    }

    // A minimal ELF64: header, .text, .symtab, .strtab, .shstrtab, section headers.
    static byte[] TinyElf(bool withSymbols = true)
    {
        var strtab = new MemoryStream();
        strtab.WriteByte(0);
        int Name(string s) { int at = (int)strtab.Position; strtab.Write(Encoding.ASCII.GetBytes(s + "\0")); return at; }
        var symbols = new List<(int Name, byte Info, ushort Section, ulong Value, ulong Size)>
        {
            (0, 0, 0, 0, 0),
            (Name("first_label"), 0x10, 1, TextAddress, 0),
            (Name("Sized_Method"), 0x12, 1, TextAddress + 3, 3),
            (Name("last_label"), 0x10, 1, TextAddress + 6, 0),
            (Name(".Llocal"), 0x00, 1, TextAddress + 1, 0),
        };
        var symtab = new byte[symbols.Count * 24];
        for (int i = 0; i < symbols.Count; i++)
        {
            var e = symtab.AsSpan(i * 24);
            BinaryPrimitives.WriteUInt32LittleEndian(e, (uint)symbols[i].Name);
            e[4] = symbols[i].Info;
            BinaryPrimitives.WriteUInt16LittleEndian(e[6..], symbols[i].Section);
            BinaryPrimitives.WriteUInt64LittleEndian(e[8..], symbols[i].Value);
            BinaryPrimitives.WriteUInt64LittleEndian(e[16..], symbols[i].Size);
        }
        var strings = strtab.ToArray();

        const int textOffset = 0x40;
        int symtabOffset = textOffset + 0x10;
        int strtabOffset = symtabOffset + symtab.Length;
        int sectionTable = (strtabOffset + strings.Length + 7) & ~7;
        int sectionCount = withSymbols ? 4 : 2;
        var image = new byte[sectionTable + sectionCount * 64];
        "\u007fELF"u8.CopyTo(image);
        image[4] = 2; image[5] = 1; image[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(image.AsSpan(18), 62);
        BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(40), (ulong)sectionTable);
        BinaryPrimitives.WriteUInt16LittleEndian(image.AsSpan(58), 64);
        BinaryPrimitives.WriteUInt16LittleEndian(image.AsSpan(60), (ushort)sectionCount);
        Text.CopyTo(image, textOffset);
        symtab.CopyTo(image, symtabOffset);
        strings.CopyTo(image, strtabOffset);

        void Section(int index, uint type, ulong address, int offset, int size, uint link)
        {
            var h = image.AsSpan(sectionTable + index * 64);
            BinaryPrimitives.WriteUInt32LittleEndian(h[4..], type);
            BinaryPrimitives.WriteUInt64LittleEndian(h[16..], address);
            BinaryPrimitives.WriteUInt64LittleEndian(h[24..], (ulong)offset);
            BinaryPrimitives.WriteUInt64LittleEndian(h[32..], (ulong)size);
            BinaryPrimitives.WriteUInt32LittleEndian(h[40..], link);
        }
        Section(1, 1, TextAddress, textOffset, Text.Length, 0);                  // .text, PROGBITS
        if (withSymbols)
        {
            Section(2, 2, 0, symtabOffset, symtab.Length, 3);                   // .symtab -> .strtab
            Section(3, 3, 0, strtabOffset, strings.Length, 0);                  // .strtab
        }
        return image;
    }
}
