namespace Testbed.Tests.Qemu;

public class QemuStderrTests
{
    [Theory]
    [InlineData("KVM internal error. Suberror: 1")]
    [InlineData("qemu-system-x86_64: -kernel /x/kernel.elf: Could not open '/x/kernel.elf': No such file or directory")]
    [InlineData("qemu-system-x86_64: -accel kvm: Could not access KVM kernel module: No such file or directory")]
    [InlineData("qemu-system-x86_64: Error loading uncompressed kernel without PVH ELF Note")]
    public void QemuFailures_AreRecognised(string line)
    {
        Assert.Equal(line, QemuStderr.FindError(["", line, "trailing detail"]));
    }

    [Theory]
    [InlineData("qemu-system-x86_64: warning: host doesn't support requested feature: CPUID.01H:ECX.pni [bit 0]")]
    [InlineData("qemu-system-x86_64: terminating on signal 15 from pid 1234")]
    public void WarningsAndOurOwnKill_AreNotErrors(string line)
    {
        Assert.Null(QemuStderr.FindError([line]));
    }

    [Fact]
    public void KvmInternalError_StopsTheGuest_OtherLinesDoNot()
    {
        Assert.True(QemuStderr.StopsTheGuest("KVM internal error. Suberror: 1"));
        Assert.False(QemuStderr.StopsTheGuest("qemu-system-x86_64: warning: something"));
    }

    [Fact]
    public void MissingQemu_IsReportedWithTheInstallCommand()
    {
        var error = Assert.Throws<QemuUnavailableException>(() => QemuLocator.Require(pathVariable: "/nonexistent:/also/not/here"));

        Assert.Equal(6, error.ExitCode);
        Assert.Contains("\nsudo apt-get install -y qemu-system-x86", error.Message);
    }
}
