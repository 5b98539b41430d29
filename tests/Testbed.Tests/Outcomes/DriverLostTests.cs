using Testbed.Drivers.Faults;

namespace Testbed.Tests.Outcomes;

/// <summary>
/// A driver whose manager gave up restarting it (recovery state "gave-up") is "driver lost":
/// the kernel survived, the driver did not; never passed, never a crash. And the give-up
/// rule every kernel's manager applies (RestartBudget).
/// </summary>
public class DriverLostTests
{
    const int CleanFinish = 1, ChecksFailed = 3, Panic = 5;

    static readonly FaultPlan Persistent = new() { Target = FaultTarget.Ata, Kind = InjectedFault.NullDeref, AtRequest = 3, Persistent = true };

    static readonly TbRecord Committed = Records.Parse("""{"kind":"fault-plan","target":"ata","fault":"null-deref","at":3,"state":"committed"}""");
    static readonly TbRecord GaveUp = Records.Parse("""{"kind":"recovery","name":"ata","state":"gave-up","restarts":3}""");
    static readonly TbRecord Recovered = Records.Parse("""{"kind":"recovery","name":"ata","instr":5000,"restarts":1}""");

    static Verdict Classify(int status, params TbRecord[] records) =>
        OutcomeClassifier.Classify(new BootObservation(status, false, null, records, [Persistent]));

    [Fact]
    public void AGaveUpRecord_OnABootWithFailedChecks_IsDriverLost_NamingTheDriverAndTheCount()
    {
        var verdict = Classify(ChecksFailed, Committed, Recovered, GaveUp, Records.Check("disk-integrity.no-errors", false), Records.Done(false));

        Assert.Equal(Outcome.DriverLost, verdict.Outcome);
        Assert.Equal(11, verdict.ExitCode);
        Assert.Equal("driver lost: the recovery of ata gave up after 3 restarts; the kernel stayed up", verdict.Reason);
    }

    [Fact]
    public void AGaveUpRecord_NeverPasses()
        => Assert.Equal(Outcome.DriverLost, Classify(CleanFinish, Committed, GaveUp, Records.Check("a", true), Records.Done(true)).Outcome);

    [Fact]
    public void ACrashAfterGivingUp_IsTheCrash()
        => Assert.Equal(Outcome.Panic, Classify(Panic, Committed, GaveUp).Outcome);

    [Fact]
    public void RecoveriesWithoutGivingUp_AreNotDriverLost()
        => Assert.Equal(Outcome.Passed, Classify(CleanFinish, Committed, Recovered, Records.Check("a", true), Records.Done(true)).Outcome);

    [Fact]
    public void TheBudget_AllowsMaxRestartsWithinTheWindow_ThenGivesUp()
    {
        var budget = new RestartBudget();
        for (uint i = 1; i <= RestartBudget.MaxRestarts; i++)
        {
            Assert.True(budget.TryRestart(1000 + i));
            Assert.Equal(i, budget.RestartsInWindow);
        }
        Assert.False(budget.TryRestart(2000));
        Assert.Equal(RestartBudget.MaxRestarts, budget.RestartsInWindow);
    }

    [Fact]
    public void TheBudget_StartsAgain_AfterAQuietWindow()
    {
        var budget = new RestartBudget();
        for (uint i = 0; i < RestartBudget.MaxRestarts; i++) Assert.True(budget.TryRestart(100));
        Assert.True(budget.TryRestart(100 + RestartBudget.WindowTicks + 1));
        Assert.Equal(1u, budget.RestartsInWindow);
    }
}
