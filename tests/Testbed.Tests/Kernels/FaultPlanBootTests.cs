namespace Testbed.Tests.Kernels;

/// <summary>
/// Fault plans and command-line words on real boots: a plan is armed and committed (the
/// commit record from inside the driver: ring 0 image, ring-3 task, SIP), once, even across
/// the restart; a plan never reached is "fault not triggered"; a word the kernel cannot arm
/// fails the kernel's own check fault.armed; an unknown word is a warning.
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class FaultPlanBootTests
{
    static Task<BootResult> Boot(string kernel, string append, bool checkCommandLine = true, int timeoutSeconds = 60) =>
        IcountBoot.RunAsync(kernel, append, timeoutSeconds, checkCommandLine);

    [Fact]
    public async Task NooksStyle_APlanNeverReached_IsFaultNotTriggered_NotPassed()
    {
        var result = await Boot("nooks-style", "isolation=on workload=disk blocks=1 rounds=1 fault=ata:null-deref@100000");

        Assert.True(result.Outcome == Outcome.FaultNotTriggered, IcountBoot.Describe(result));
        Assert.Equal(9, result.ExitCode);
        Assert.Equal([new FaultPlanRecord("ata", "null-deref", 100000, "armed")], IcountBoot.FaultPlans(result));
    }

    [Fact]
    public async Task NooksStyle_ACommittedFault_IsArmedThenCommittedOnce_BeforeTheFault_AndSurvived()
    {
        var result = await Boot("nooks-style", "isolation=on workload=disk blocks=4 rounds=2 fault=ata:wild-write@5");

        IcountBoot.AssertPassed(result);
        Assert.Equal([new FaultPlanRecord("ata", "wild-write", 5, "armed"), new FaultPlanRecord("ata", "wild-write", 5, "committed")], IcountBoot.FaultPlans(result));
        var records = result.Records.ToList();
        int committed = records.FindIndex(r => r.AsFaultPlan() is { IsCommitted: true });
        int fault = records.FindIndex(r => r.Kind == "fault");
        Assert.True(fault > committed, "the commit record must come before the fault the kernel caught");
        Assert.Contains(result.Checks, c => c.Name == "recovery.ata.restarted" && c.Ok);
    }

    [Fact]
    public async Task L4Style_TheRing3DriverReportsItsCommit_AndTheRestartedDriverRunsClean()
    {
        var result = await Boot("l4-style", "nobench nochecks drivers workload=net frames=16 fault=rtl8139:bad-return@3");

        IcountBoot.AssertPassed(result);
        Assert.Equal([new FaultPlanRecord("rtl8139", "bad-return", 3, "armed"), new FaultPlanRecord("rtl8139", "bad-return", 3, "committed")], IcountBoot.FaultPlans(result));
    }

    [Fact]
    public async Task Singularity_EchoAndDriverSips_ReportTheirCommits()
    {
        var result = await Boot("singularity", "iterations=20 workload=6 fault=echo:divide-by-zero@2 fault=ata:null-deref@5", timeoutSeconds: 120);

        IcountBoot.AssertPassed(result);
        var plans = IcountBoot.FaultPlans(result);
        Assert.Contains(new FaultPlanRecord("echo", "divide-by-zero", 2, "committed"), plans);
        Assert.Contains(new FaultPlanRecord("ata", "null-deref", 5, "committed"), plans);
        Assert.Equal(2, plans.Count(p => p.IsArmed));
        Assert.Equal(2, plans.Count(p => p.IsCommitted));
    }

    [Theory]
    [InlineData("fault=disk:wild-write@5", "unknown target")]
    [InlineData("fault=ata:wildwrite@5", "unknown kind")]
    [InlineData("fault=ata:null-deref@3", "a target this kernel does not have")]
    public async Task AWordTheKernelCannotArm_FailsItsCheck_FaultArmed(string word, string detail)
    {
        // The harness would refuse these before QEMU starts; without its check, the kernel's own one speaks.
        var result = await Boot("halcheck", $"iterations=10 {word}", checkCommandLine: false);

        Assert.True(result.Outcome == Outcome.ChecksFailed, IcountBoot.Describe(result));
        var check = Assert.Single(result.Checks, c => c.Name == "fault.armed");
        Assert.False(check.Ok);
        Assert.Equal(detail, check.Detail);
        var record = result.Records.Single(r => r.Name == "fault.armed");
        Assert.Equal(word, record.GetString("word"));
    }

    [Fact]
    public async Task AnUnknownWord_IsAWarningRecord_NamingIt()
    {
        var result = await Boot("halcheck", "iteratons=50 iterations=10");

        IcountBoot.AssertPassed(result);
        var warning = Assert.Single(result.Records.Select(r => r.AsWarning()).OfType<WarningRecord>());
        Assert.Equal("command-line.unknown-word", warning.Name);
        Assert.Equal("iteratons=50", warning.Word);
        Assert.Contains("iterations", warning.Known);
    }
}
