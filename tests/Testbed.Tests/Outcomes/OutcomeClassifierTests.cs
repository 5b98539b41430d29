namespace Testbed.Tests.Outcomes;

public class OutcomeClassifierTests
{
    // QEMU statuses for the guest's power-off codes: (code << 1) | 1.
    const int CleanFinish = 1, ChecksFailed = 3, Panic = 5, TripleFault = 0;

    static Verdict Exit(int status, params TbRecord[] records) =>
        OutcomeClassifier.Classify(new BootObservation(status, false, null, records));

    [Fact]
    public void CleanPowerOff_WithOkChecksAndDone_IsPassed()
    {
        var verdict = Exit(CleanFinish, Records.Check("a", true), Records.Check("b", true), Records.Done(true));

        Assert.Equal(Outcome.Passed, verdict.Outcome);
        Assert.Equal(0, verdict.ExitCode);
    }

    [Fact]
    public void CleanPowerOff_WithoutDone_IsNotPassed()
    {
        var verdict = Exit(CleanFinish, Records.Check("a", true));

        Assert.Equal(Outcome.ChecksFailed, verdict.Outcome);
        Assert.Contains("without a done record", verdict.Reason);
    }

    [Fact]
    public void CleanPowerOff_WithAFailedCheck_IsChecksFailed()
    {
        var verdict = Exit(CleanFinish, Records.Check("a", true), Records.Check("paging", false), Records.Done(true));

        Assert.Equal(Outcome.ChecksFailed, verdict.Outcome);
        Assert.Contains("paging", verdict.Reason);
        Assert.Equal(1, verdict.ExitCode);
    }

    [Fact]
    public void CleanPowerOff_WithDoneNotOk_IsChecksFailed()
    {
        Assert.Equal(Outcome.ChecksFailed, Exit(CleanFinish, Records.Done(false)).Outcome);
    }

    [Fact]
    public void PowerOffCode1_IsChecksFailed()
    {
        var verdict = Exit(ChecksFailed, Records.Done(true));

        Assert.Equal(Outcome.ChecksFailed, verdict.Outcome);
        Assert.Equal(1, verdict.ExitCode);
    }

    [Fact]
    public void PowerOffCode2_IsPanic()
    {
        var verdict = Exit(Panic);

        Assert.Equal(Outcome.Panic, verdict.Outcome);
        Assert.Equal(3, verdict.ExitCode);
    }

    [Fact]
    public void PanicRecord_IsPanic_WhateverThePowerOffCode()
    {
        var verdict = Exit(CleanFinish, Records.Panic("page fault in ring 0"), Records.Done(true));

        Assert.Equal(Outcome.Panic, verdict.Outcome);
        Assert.Contains("page fault in ring 0", verdict.Reason);
    }

    [Fact]
    public void TripleFault_IsClassifiedAsReset()
    {
        var verdict = Exit(TripleFault, Records.Check("a", true));

        Assert.Equal(Outcome.Reset, verdict.Outcome);
        Assert.Equal(4, verdict.ExitCode);
    }

    [Fact]
    public void WatchdogFired_IsHang()
    {
        var verdict = OutcomeClassifier.Classify(new BootObservation(null, true, null, [Records.Check("a", true)]));

        Assert.Equal(Outcome.Hang, verdict.Outcome);
        Assert.Equal(5, verdict.ExitCode);
    }

    [Fact]
    public void PanicRecord_ThenWatchdog_IsPanic_NotHang()
    {
        // A kernel whose power-off failed after the panic sits in a halt loop until the watchdog.
        var verdict = OutcomeClassifier.Classify(new BootObservation(null, true, null, [Records.Panic("oops")]));

        Assert.Equal(Outcome.Panic, verdict.Outcome);
    }

    [Fact]
    public void QemuErrorOnStderr_IsQemuError_EvenWithAnOddStatus()
    {
        // A failed -kernel load exits 1, the same status as a clean power-off.
        var verdict = OutcomeClassifier.Classify(new BootObservation(
            1, false, "qemu-system-x86_64: -kernel x: Could not open 'x'", []));

        Assert.Equal(Outcome.QemuError, verdict.Outcome);
        Assert.Equal(6, verdict.ExitCode);
    }

    [Fact]
    public void KvmInternalError_BeatsTheWatchdog()
    {
        var verdict = OutcomeClassifier.Classify(new BootObservation(null, true, "KVM internal error. Suberror: 1", []));

        Assert.Equal(Outcome.QemuError, verdict.Outcome);
    }

    [Theory]
    [InlineData(2)]   // even, not a power-off
    [InlineData(7)]   // power-off code 3: no kernel uses it
    [InlineData(137)] // killed from outside
    public void OtherStatuses_AreQemuErrors(int status)
    {
        Assert.Equal(Outcome.QemuError, Exit(status, Records.Done(true)).Outcome);
    }

    [Theory]
    [InlineData(Outcome.Passed, 0)]
    [InlineData(Outcome.ChecksFailed, 1)]
    [InlineData(Outcome.Panic, 3)]
    [InlineData(Outcome.Reset, 4)]
    [InlineData(Outcome.Hang, 5)]
    [InlineData(Outcome.QemuError, 6)]
    public void EachOutcome_HasItsExitCode(Outcome outcome, int exitCode)
    {
        Assert.Equal(exitCode, ExitCodes.For(outcome));
    }
}
