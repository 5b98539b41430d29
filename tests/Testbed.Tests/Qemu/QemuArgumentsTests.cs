namespace Testbed.Tests.Qemu;

public class QemuArgumentsTests
{
    static readonly KernelImage Image = new("halcheck", "/repo/artifacts/images/halcheck/kernel.elf");

    static readonly string[] FixedMachine =
    [
        "-machine", "pc", "-cpu", "qemu64", "-m", "256M", "-nodefaults", "-no-reboot",
        "-display", "none", "-monitor", "none", "-serial", "stdio",
        "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
    ];

    [Fact]
    public void Tcg_BootsTheImageOnTheFixedMachine()
    {
        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.Tcg));

        Assert.Equal([.. FixedMachine, "-accel", "tcg", "-kernel", "kernel.elf"], args);
    }

    [Fact]
    public void Icount_AddsDeterministicInstructionCounting()
    {
        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.TcgIcount));

        Assert.Equal([.. FixedMachine, "-accel", "tcg", "-icount", "shift=0,sleep=off", "-kernel", "kernel.elf"], args);
    }

    [Fact]
    public void Plugin_IsLoadedAfterTheAccelerator()
    {
        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.TcgIcount) { Plugin = "/p/lib.so,out=/tmp/x" });

        Assert.Equal([.. FixedMachine, "-accel", "tcg", "-icount", "shift=0,sleep=off", "-plugin", "/p/lib.so,out=/tmp/x", "-kernel", "kernel.elf"], args);
    }

    [Fact]
    public void Plugin_UnderKvm_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => QemuArguments.Build(new QemuOptions(Image, MeasurementMode.Kvm) { Plugin = "/p/lib.so" }));
    }

    [Fact]
    public void Kvm_UsesKvmAndNoIcount()
    {
        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.Kvm));

        Assert.Equal([.. FixedMachine, "-accel", "kvm", "-kernel", "kernel.elf"], args);
        Assert.DoesNotContain("-icount", args);
    }

    [Fact]
    public void Append_PassesTheCommandLineAsOneArgument()
    {
        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.Tcg) { Append = "iterations=1000 samples" });

        Assert.Equal(["-kernel", "kernel.elf", "-append", "iterations=1000 samples"], args.Skip(FixedMachine.Length + 2));
    }

    [Fact]
    public void EmptyAppend_IsLeftOut()
    {
        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.Tcg) { Append = "" });

        Assert.DoesNotContain("-append", args);
    }

    [Fact]
    public void Modules_BecomeOneCommaSeparatedInitrd()
    {
        var image = Image with { Modules = ["/repo/a/driver.elf", "/repo/a/server.elf"] };

        var args = QemuArguments.Build(new QemuOptions(image, MeasurementMode.Tcg));

        var initrd = args.ToList().IndexOf("-initrd");
        Assert.True(initrd > 0);
        Assert.Equal("../../../a/driver.elf,../../../a/server.elf", args[initrd + 1]);
    }

    [Fact]
    public void TheGuestSeesTheSameNames_WhereverTheRepositoryIsCloned()
    {
        // QEMU passes these names to the guest, whose loader data then starts after them.
        static IReadOnlyList<string> ArgsIn(string root) => QemuArguments.Build(new QemuOptions(
            new KernelImage("k", $"{root}/artifacts/images/k/kernel.elf", [$"{root}/artifacts/images/k/a.elf", $"{root}/artifacts/images/k/b.elf"]),
            MeasurementMode.TcgIcount));

        Assert.Equal(ArgsIn("/work/main"), ArgsIn("/check/a/much/longer/checkout/path"));
        Assert.Equal("a.elf,b.elf", ArgsIn("/x")[ArgsIn("/x").ToList().IndexOf("-initrd") + 1]);
        Assert.Equal("/check/a/much/longer/checkout/path/artifacts/images/k",
            QemuArguments.WorkingDirectory(new KernelImage("k", "/check/a/much/longer/checkout/path/artifacts/images/k/kernel.elf")));
    }

    [Fact]
    public void NoModules_MeansNoInitrd()
    {
        Assert.DoesNotContain("-initrd", QemuArguments.Build(new QemuOptions(Image, MeasurementMode.Tcg)));
    }

    [Fact]
    public void Gdb_StartsTheGdbServerAndWaits()
    {
        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.Tcg) { Gdb = true });

        Assert.Equal(["-s", "-S"], args.TakeLast(2));
    }

    [Fact]
    public void ExtraArgs_AreAppendedVerbatimAtTheEnd()
    {
        string[] disk = ["-drive", "if=ide,file=/tmp/disk.img,format=raw"];

        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.Kvm) { Gdb = true, ExtraArgs = disk });

        Assert.Equal(disk, args.TakeLast(2));
    }
}
