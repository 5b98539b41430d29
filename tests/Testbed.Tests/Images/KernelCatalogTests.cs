namespace Testbed.Tests.Images;

public class KernelCatalogTests
{
    [Fact]
    public void List_ShowsEveryKernelFolderWithAProject_AndWhetherItIsBuilt()
    {
        using var checkout = new TempCheckout()
            .WithKernel("halcheck", SyntheticImage.Elf32Multiboot())
            .WithKernel("minix-style");
        Directory.CreateDirectory(checkout.PathOf("kernels/not-a-kernel")); // no project file

        var kernels = new KernelCatalog(checkout.Root).List();

        Assert.Equal(["halcheck", "minix-style"], kernels.Select(k => k.Name));
        Assert.True(kernels[0].IsBuilt);
        Assert.Equal(0x3000, kernels[0].ImageSize);
        Assert.False(kernels[1].IsBuilt);
    }

    [Fact]
    public void Resolve_KnownName_GivesItsImageAndModulesInOrder()
    {
        using var checkout = new TempCheckout().WithKernel("minix-style", SyntheticImage.Elf32Multiboot(), "pm.elf", "disk.elf");

        var image = new KernelCatalog(checkout.Root).Resolve("minix-style");

        Assert.Equal(checkout.PathOf("artifacts/images/minix-style/kernel.elf"), image.ElfPath);
        Assert.Equal(
            [checkout.PathOf("artifacts/images/minix-style/pm.elf"), checkout.PathOf("artifacts/images/minix-style/disk.elf")],
            image.Modules);
    }

    [Fact]
    public void Resolve_UnknownName_ListsTheKnownKernels()
    {
        using var checkout = new TempCheckout().WithKernel("l4-style").WithKernel("singularity");

        var error = Assert.Throws<BadImageException>(() => new KernelCatalog(checkout.Root).Resolve("linux"));

        Assert.Equal(7, error.ExitCode);
        Assert.Equal("unknown kernel 'linux'; known kernels: l4-style, singularity", error.Message);
    }

    [Fact]
    public void Resolve_UnbuiltKernel_SaysHowToBuildIt()
    {
        using var checkout = new TempCheckout().WithKernel("l4-style");

        var error = Assert.Throws<BadImageException>(() => new KernelCatalog(checkout.Root).Resolve("l4-style"));

        Assert.Contains("dotnet build kernels/l4-style", error.Message);
    }

    [Fact]
    public void Resolve_PathToAFile_UsesItDirectly_NamedAfterItsFolder()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot(), "m.bin");

        var image = KernelCatalog.Resolve(checkout.PathOf("artifacts/images/halcheck/kernel.elf"), repositoryRoot: "/nonexistent");

        Assert.Equal("halcheck", image.Name);
        Assert.Single(image.Modules);
    }

    [Fact]
    public void ModuleListedButMissing_IsABadImage()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot());
        File.WriteAllText(checkout.PathOf("artifacts/images/halcheck/modules.txt"), "ghost.elf\n");

        var error = Assert.Throws<BadImageException>(() => new KernelCatalog(checkout.Root).Resolve("halcheck"));

        Assert.Contains("ghost.elf", error.Message);
    }

    [Fact]
    public void RepositoryRoot_IsFoundFromASubfolder()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck");

        Assert.Equal(checkout.Root, RepositoryRoot.FindAbove(checkout.PathOf("kernels/halcheck")));
    }
}
