namespace Testbed.Tests.Boot;

public sealed class BootDevicesTests
{
    [Fact]
    public void DiskPlaceholder_BecomesAFreshZeroedImage_OfTheSize_DeletedOnDispose()
    {
        string path;
        using (var devices = BootDevices.Materialize(["-drive", "if=ide,format=raw,file={disk:2}", "-device", "rtl8139"]))
        {
            path = Assert.Single(devices.Files);
            Assert.Equal(["-drive", $"if=ide,format=raw,file={path}", "-device", "rtl8139"], devices.Arguments);
            Assert.Equal(2L << 20, new FileInfo(path).Length);
        }
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void TwoBoots_NeverShareADisk()
    {
        using var first = BootDevices.Materialize(["file={disk:1}"]);
        using var second = BootDevices.Materialize(["file={disk:1}"]);

        Assert.NotEqual(first.Files[0], second.Files[0]);
    }

    [Fact]
    public void ArgumentsWithoutPlaceholders_PassUnchanged_AndCreateNothing()
    {
        using var devices = BootDevices.Materialize(["-netdev", "hubport,id=p0,hubid=0"], _ => throw new InvalidOperationException("no disk asked for"));

        Assert.Equal(["-netdev", "hubport,id=p0,hubid=0"], devices.Arguments);
        Assert.Empty(devices.Files);
    }

    [Theory]
    [InlineData("{disk:0}")]
    [InlineData("{disk:4096}")]
    public void AbsurdDiskSizes_AreABadImage(string argument)
    {
        var error = Assert.Throws<BadImageException>(() => BootDevices.Materialize([argument]));
        Assert.Equal(7, error.ExitCode);
    }

    [Fact]
    public void KernelCatalog_ReadsTheDeviceArgumentsBesideTheImage()
    {
        using var checkout = new TempCheckout().WithKernel("nooks-style", SyntheticImage.Elf32Multiboot());
        File.WriteAllLines(checkout.PathOf("artifacts/images/nooks-style/qemu-args.txt"),
            ["# the disk", "-drive", "if=ide,format=raw,file={disk:8}", "", "-device", "rtl8139,netdev=p0"]);

        var image = new KernelCatalog(checkout.Root).Resolve("nooks-style");

        Assert.Equal(["-drive", "if=ide,format=raw,file={disk:8}", "-device", "rtl8139,netdev=p0"], image.DeviceArguments);
    }

    [Fact]
    public void AKernelWithoutDevices_HasNone()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot());

        Assert.Empty(new KernelCatalog(checkout.Root).Resolve("halcheck").DeviceArguments);
    }
}
