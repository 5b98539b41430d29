namespace Testbed.Tests.Qemu;

public class KvmProbeTests
{
    static QemuRun Exited(int status, params string[] stderr) => new(status, false, stderr, TimeSpan.FromSeconds(1));

    static IReadOnlyList<SerialLine> Lines(params string[] text) => text.Select(SerialLineParser.Parse).ToList();

    static readonly IReadOnlyList<SerialLine> Answered = Lines(
        """@tb {"kind":"hello","kernel":"halcheck","cmdline":"probe"}""",
        """@tb {"kind":"done","ok":true}""");

    [Fact]
    public void HelloDoneAndCleanPowerOff_PassesTheProbe()
    {
        Assert.True(KvmProbe.Judge(Exited(1), Answered).Succeeded);
    }

    [Fact]
    public void KvmInternalError_FailsTheProbe_NamingIt()
    {
        var result = KvmProbe.Judge(Exited(137, "KVM internal error. Suberror: 1", "emulation failure"), Lines());

        Assert.False(result.Succeeded);
        Assert.StartsWith("KVM internal error", result.Reason);
    }

    [Fact]
    public void Timeout_FailsTheProbe()
    {
        var result = KvmProbe.Judge(new QemuRun(null, true, [], KvmProbe.Watchdog), Lines("booting"));

        Assert.False(result.Succeeded);
        Assert.Contains("no answer", result.Reason);
    }

    [Fact]
    public void NoHello_FailsTheProbe()
    {
        Assert.False(KvmProbe.Judge(Exited(1), Lines("""@tb {"kind":"done","ok":true}""")).Succeeded);
    }

    [Fact]
    public void NoDone_FailsTheProbe()
    {
        Assert.False(KvmProbe.Judge(Exited(1), Lines("""@tb {"kind":"hello","kernel":"k","cmdline":"probe"}""")).Succeeded);
    }

    [Fact]
    public void PowerOffWithAFailureCode_FailsTheProbe()
    {
        Assert.False(KvmProbe.Judge(Exited(3), Answered).Succeeded);
    }
}
