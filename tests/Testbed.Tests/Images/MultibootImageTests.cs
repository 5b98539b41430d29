namespace Testbed.Tests.Images;

public class MultibootImageTests
{
    [Fact]
    public void Elf32_WithAValidHeader_IsBootable()
    {
        Assert.Null(MultibootImage.FindProblem(SyntheticImage.Elf32Multiboot()));
    }

    [Fact]
    public void HeaderAtTheLastAlignedSlot_IsFound()
    {
        Assert.Null(MultibootImage.FindProblem(SyntheticImage.Elf32Multiboot(headerOffset: 8192 - 12)));
    }

    [Fact]
    public void NonElfFile_IsRejected()
    {
        var image = SyntheticImage.Elf32Multiboot();
        image[1] = (byte)'X';

        Assert.Equal("not an ELF file", MultibootImage.FindProblem(image));
    }

    [Fact]
    public void Elf64_IsRejected_EvenWithAMultibootHeader()
    {
        var image = SyntheticImage.Elf(elfClass: 2, multibootAt: 0x1000);

        Assert.Equal("ELF64: QEMU -kernel needs an ELF32 Multiboot image", MultibootImage.FindProblem(image));
    }

    // No header at all, one past the 8 KiB the loader searches, one not on a 4-byte boundary.
    [Theory]
    [InlineData(0x3000, null)]
    [InlineData(0x4000, 8192)]
    [InlineData(0x3000, 0x1002)]
    public void AnElf32WithoutAHeaderWhereMultibootLooks_IsRejected(int length, int? multibootAt)
    {
        var image = SyntheticImage.Elf(elfClass: 1, length, multibootAt);

        Assert.Equal("no Multiboot header in the first 8 KiB", MultibootImage.FindProblem(image));
    }

    [Fact]
    public void BadChecksum_IsRejected_NamingWhereTheMagicWas()
    {
        var image = SyntheticImage.Elf(elfClass: 1, multibootAt: 0x1000, goodChecksum: false);

        Assert.Equal("no Multiboot header in the first 8 KiB (magic at 0x1000 has a bad checksum)", MultibootImage.FindProblem(image));
    }

    [Fact]
    public void Validate_ReportsThePathAndExitCode7()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "#!/bin/sh\n");

            var error = Assert.Throws<BadImageException>(() => MultibootImage.Validate(path));

            Assert.Equal(7, error.ExitCode);
            Assert.Equal($"{path}: not an ELF file", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
