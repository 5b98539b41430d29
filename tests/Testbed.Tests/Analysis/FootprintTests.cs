namespace Testbed.Tests.Analysis;

public sealed class FootprintTests
{
    [Fact]
    public void CodeLines_AreNeitherBlankNorOnlyComments()
    {
        string[] source =
        [
            "// a comment", "/// <summary>doc</summary>", "/* block", " * middle", "# assembly comment",
            "", "   ", "int x = 1; // trailing comment counts", "\tmov rax, cr3", "}",
        ];

        Assert.Equal(3, SourceLines.CountCode(source));
    }

    [Fact]
    public void Footprint_SizesEveryImage_AndCountsRingZeroLinesByGroup()
    {
        using var checkout = new TempCheckout().WithKernel("nooks-style", SyntheticImage.Elf32Multiboot(), "ata.elf");
        var a = checkout.PathOf("a.cs");
        var b = checkout.PathOf("b.S");
        File.WriteAllLines(a, ["// header", "class A", "{", "}"]);
        File.WriteAllLines(b, ["# entry", "mov rax, 1", "ret"]);
        File.WriteAllLines(checkout.PathOf("artifacts/images/nooks-style/footprint-sources.txt"), [$"kernel\t{a}", $"drivers\t{b}", $"drivers\t{b}"]);

        var footprint = Footprint.Of(new KernelCatalog(checkout.Root).Resolve("nooks-style"));

        Assert.Equal(["kernel.elf", "ata.elf"], footprint.Images.Select(i => i.Name));
        Assert.Equal(3, footprint.Images[1].Bytes);
        Assert.Equal(new Footprint.SourceGroup("kernel", 1, 3), footprint.Groups.Single(g => g.Name == "kernel"));
        Assert.Equal(new Footprint.SourceGroup("drivers", 1, 2), footprint.Groups.Single(g => g.Name == "drivers"));
        Assert.Equal(5, footprint.TotalLines);
    }

    [Fact]
    public void AListedSourceThatIsGone_IsABadImage()
    {
        using var checkout = new TempCheckout().WithKernel("nooks-style", SyntheticImage.Elf32Multiboot());
        File.WriteAllLines(checkout.PathOf("artifacts/images/nooks-style/footprint-sources.txt"), ["kernel\t/nonexistent/x.cs"]);

        Assert.Throws<BadImageException>(() => Footprint.Of(new KernelCatalog(checkout.Root).Resolve("nooks-style")));
    }

    [Fact]
    public void TheRealNooksStyleImage_DeclaresEveryRingZeroGroup()
    {
        var root = RepositoryRoot.Locate()!;
        var footprint = Footprint.Of(new KernelCatalog(root).Resolve("nooks-style"));

        Assert.Equal(["drivers", "hal", "kernel", "runtime", "wrappers"], footprint.Groups.Select(g => g.Name).Order());
        Assert.All(footprint.Groups, g => Assert.True(g.Lines > 50, $"{g.Name}: {g.Lines} lines"));
        Assert.Contains(footprint.Images, i => i.Name == "ata.elf");
        Assert.Contains(footprint.Images, i => i.Name == "rtl8139.elf");
    }
}
