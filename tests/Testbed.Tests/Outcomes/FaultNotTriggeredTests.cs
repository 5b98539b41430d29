using Testbed.Drivers.Faults;

namespace Testbed.Tests.Outcomes;

/// <summary>
/// A boot with a fault plan is judged on the fault only if the target committed it (a
/// fault-plan record "committed"); otherwise it is "fault not triggered", never passed.
/// </summary>
public class FaultNotTriggeredTests
{
    const int CleanFinish = 1, ChecksFailed = 3, Panic = 5;

    static readonly FaultPlan AtaNullDeref = new() { Target = FaultTarget.Ata, Kind = InjectedFault.NullDeref, AtRequest = 5 };

    static TbRecord Plan(string state, string target = "ata", string fault = "null-deref", int at = 5) =>
        Records.Parse($$"""{"kind":"fault-plan","target":"{{target}}","fault":"{{fault}}","at":{{at}},"state":"{{state}}"}""");

    static Verdict Classify(int status, FaultPlan[] plans, params TbRecord[] records) =>
        OutcomeClassifier.Classify(new BootObservation(status, false, null, records, plans));

    [Fact]
    public void APlanNeverCommitted_OnAPassingBoot_IsFaultNotTriggered_WithItsOwnExitCode()
    {
        var verdict = Classify(CleanFinish, [AtaNullDeref], Plan("armed"), Records.Check("a", true), Records.Done(true));

        Assert.Equal(Outcome.FaultNotTriggered, verdict.Outcome);
        Assert.Equal(9, verdict.ExitCode);
        Assert.Equal("fault=ata:null-deref@5 was never committed (armed, but ata never reached request 5)", verdict.Reason);
    }

    [Fact]
    public void APlanNeverArmed_SaysSo()
    {
        var verdict = Classify(CleanFinish, [AtaNullDeref], Records.Done(true));

        Assert.Equal(Outcome.FaultNotTriggered, verdict.Outcome);
        Assert.Contains("ata was never armed with it", verdict.Reason);
    }

    [Fact]
    public void APlanNeverCommitted_OnABootWithFailedChecks_IsFaultNotTriggered()
    {
        var verdict = Classify(ChecksFailed, [AtaNullDeref], Plan("armed"), Records.Check("recovery.ata.restarted", false), Records.Done(false));

        Assert.Equal(Outcome.FaultNotTriggered, verdict.Outcome);
    }

    [Fact]
    public void APlanTheKernelRefused_IsItsFailedCheck_FaultArmed()
    {
        var verdict = Classify(ChecksFailed, [AtaNullDeref], Records.Check("fault.armed", false), Records.Done(false));

        Assert.Equal(Outcome.ChecksFailed, verdict.Outcome);
        Assert.Contains("fault.armed", verdict.Reason);
    }

    [Fact]
    public void ACommittedPlan_IsJudgedAsUsual()
    {
        Assert.Equal(Outcome.Passed,
            Classify(CleanFinish, [AtaNullDeref], Plan("armed"), Plan("committed"), Records.Check("a", true), Records.Done(true)).Outcome);
        Assert.Equal(Outcome.ChecksFailed,
            Classify(ChecksFailed, [AtaNullDeref], Plan("committed"), Records.Check("a", false), Records.Done(false)).Outcome);
    }

    [Fact]
    public void ACommitOfAnotherPlan_DoesNotCount()
    {
        var verdict = Classify(CleanFinish, [AtaNullDeref],
            Plan("committed", target: "rtl8139"), Plan("committed", fault: "bad-return"), Plan("committed", at: 1), Records.Done(true));

        Assert.Equal(Outcome.FaultNotTriggered, verdict.Outcome);
    }

    [Fact]
    public void APanicOrHang_IsStillAPanicOrHang_CommittedOrNot()
    {
        Assert.Equal(Outcome.Panic, Classify(Panic, [AtaNullDeref], Records.Panic("boom")).Outcome);
        Assert.Equal(Outcome.Hang,
            OutcomeClassifier.Classify(new BootObservation(null, true, null, [Plan("armed")], [AtaNullDeref])).Outcome);
    }

    [Fact]
    public void WithoutAPlan_CommitRecordsChangeNothing()
    {
        Assert.Equal(Outcome.Passed, Classify(CleanFinish, [], Plan("committed"), Records.Done(true)).Outcome);
    }
}
