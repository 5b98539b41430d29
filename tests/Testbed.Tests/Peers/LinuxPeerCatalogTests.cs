using Testbed.Harness.Peers;

namespace Testbed.Tests.Peers;

/// <summary>The Linux peer in a throwaway checkout: listed in both modes, refused with the command that fixes what is missing, prepared for QEMU once fetched and built.</summary>
public class LinuxPeerCatalogTests
{
    static TempCheckout WithPeerFolder() => new TempCheckout().WithKernel("halcheck").WithPeerSource();

    [Fact]
    public void List_ShowsBothModesAfterOurKernels_NotBuiltUntilFetched()
    {
        using var checkout = WithPeerFolder();

        var kernels = new KernelCatalog(checkout.Root).List();

        Assert.Equal(["halcheck", "linux", "linux-kpti"], kernels.Select(k => k.Name));
        Assert.All(kernels.Skip(1), k => Assert.False(k.IsBuilt));
        Assert.All(kernels.Skip(1), k => Assert.StartsWith("peer: ", k.Peer));
        Assert.Null(kernels[0].Peer);
    }

    [Fact]
    public void Resolve_WithoutTheFetchedKernel_NamesTheFetchCommand()
    {
        using var checkout = WithPeerFolder();

        var error = Assert.Throws<BadImageException>(() => new KernelCatalog(checkout.Root).Resolve("linux"));

        Assert.Contains("fetch it with: peers/linux/fetch-kernel", error.Message);
    }

    [Fact]
    public void Resolve_WithoutTheBuiltInit_NamesTheBuildCommand()
    {
        using var checkout = WithPeerFolder().WithFetchedPeerKernel();

        var error = Assert.Throws<BadImageException>(() => new KernelCatalog(checkout.Root).Resolve("linux-kpti"));

        Assert.Contains("build it with: dotnet build peers/linux", error.Message);
    }

    [Fact]
    public void Resolve_FetchedAndBuilt_WritesTheInitramfs_AndQemuBootsItWithTheModesWordsFirst()
    {
        using var checkout = WithPeerFolder().WithFetchedPeerKernel().WithBuiltPeerInit();

        var image = new KernelCatalog(checkout.Root).Resolve("linux-kpti");
        var arguments = QemuArguments.Build(new QemuOptions(image, MeasurementMode.TcgIcount) { Append = "iterations=10" });

        Assert.Equal(KernelFormat.LinuxBzImage, image.Format);
        Assert.Equal(checkout.PathOf("artifacts/images/linux/vmlinuz"), image.ElfPath);
        Assert.Equal(File.ReadAllBytes(checkout.PathOf("artifacts/peers/linux/vmlinuz")), File.ReadAllBytes(image.ElfPath));
        Assert.Equal(LinuxPeer.Initramfs([1, 2, 3], [4, 5], [6]), File.ReadAllBytes(checkout.PathOf("artifacts/images/linux/rd.cpio")));
        string append = arguments[arguments.ToList().IndexOf("-append") + 1];
        Assert.Equal("console=ttyS0 quiet panic=-1 pti=on peer=linux-kpti iterations=10", append);
        Assert.Equal("rd.cpio", arguments[arguments.ToList().IndexOf("-initrd") + 1]);
        Assert.True(image.Vocabulary.Knows("iterations"));
        Assert.False(image.Vocabulary.Knows("drivers"));
    }

    [Fact]
    public void WithoutThePeerFolder_LinuxIsAnUnknownKernel()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck");

        Assert.DoesNotContain(new KernelCatalog(checkout.Root).List(), k => k.Name == "linux");
        Assert.Throws<BadImageException>(() => new KernelCatalog(checkout.Root).Resolve("linux"));
    }
}
