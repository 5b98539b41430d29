using Testbed.Harness.Images;
using Testbed.Harness.Qemu;

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

        Assert.Equal([.. FixedMachine, "-accel", "tcg", "-kernel", Image.ElfPath], args);
    }

    [Fact]
    public void Icount_AddsDeterministicInstructionCounting()
    {
        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.TcgIcount));

        Assert.Equal([.. FixedMachine, "-accel", "tcg", "-icount", "shift=0,sleep=off", "-kernel", Image.ElfPath], args);
    }

    [Fact]
    public void Kvm_UsesKvmAndNoIcount()
    {
        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.Kvm));

        Assert.Equal([.. FixedMachine, "-accel", "kvm", "-kernel", Image.ElfPath], args);
        Assert.DoesNotContain("-icount", args);
    }

    [Fact]
    public void Append_PassesTheCommandLineAsOneArgument()
    {
        var args = QemuArguments.Build(new QemuOptions(Image, MeasurementMode.Tcg) { Append = "iterations=1000 samples" });

        Assert.Equal(["-kernel", Image.ElfPath, "-append", "iterations=1000 samples"], args.Skip(FixedMachine.Length + 2));
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
        Assert.Equal("/repo/a/driver.elf,/repo/a/server.elf", args[initrd + 1]);
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
