using Testbed.Drivers.Faults;

namespace Testbed.Harness.Outcomes;

/// <summary>
/// Decides how a boot ended. A pure function of <see cref="BootObservation"/>, so every
/// branch has a unit test. The order of the rules is the point of this file:
/// <list type="number">
/// <item>a QEMU error beats everything: whatever the guest printed, the run is not trustworthy;</item>
/// <item>a panic record beats how QEMU ended: the kernel's own diagnosis is more useful than
///   the hang or reset that may follow a panic whose power-off failed;</item>
/// <item>then the watchdog, the reset (status 0), and the guest's power-off code;</item>
/// <item>a clean power-off passes only with every check ok and a done ok=true record, so a
///   kernel that stops early without saying so does not pass by accident;</item>
/// <item>a boot that would pass or fail its checks with a planned fault its target never
///   committed is "fault not triggered": neither verdict would be about the fault (unless
///   the kernel itself failed fault.armed: it refused the plan, and says why);</item>
/// <item>a boot that would pass or fail its checks after a driver's manager gave up on it
///   (recovery state "gave-up") is "driver lost": the kernel survived, the driver did not.</item>
/// </list>
/// </summary>
public static class OutcomeClassifier
{
    public static Verdict Classify(BootObservation boot)
    {
        var verdict = ClassifyEnding(boot);
        if (verdict.Outcome is not (Outcome.Passed or Outcome.ChecksFailed))
            return verdict;
        if (boot.Records.FirstOrDefault(r => r.Is(ProtocolNames.Recovery) && r.GetString("state") == ProtocolNames.RecoveryGaveUp) is { } gaveUp)
            return new(Outcome.DriverLost, $"driver lost: the recovery of {gaveUp.Name} gave up after {gaveUp.GetUInt64("restarts")} restarts; the kernel stayed up");
        if (boot.PlannedFaults is not { Count: > 0 } plans)
            return verdict;
        if (boot.Records.Any(r => r.AsCheck() is { Ok: false, Name: ProtocolNames.FaultArmedCheck }))
            return verdict;
        var commits = boot.Records.Select(r => r.AsFaultPlan()).OfType<FaultPlanRecord>().ToList();
        foreach (var plan in plans)
        {
            bool Matches(FaultPlanRecord r) => r.Target == FaultCatalog.TargetName(plan.Target)
                && r.Fault == FaultCatalog.KindName(plan.Kind) && r.At == plan.AtRequest;
            if (commits.Any(r => r.IsCommitted && Matches(r)))
                continue;
            var why = commits.Any(r => r.IsArmed && Matches(r))
                ? $"armed, but {FaultCatalog.TargetName(plan.Target)} never reached request {plan.AtRequest}"
                : $"{FaultCatalog.TargetName(plan.Target)} was never armed with it";
            return new(Outcome.FaultNotTriggered, $"{Boot.CommandLinePrecheck.WordOf(plan)} was never committed ({why})");
        }
        return verdict;
    }

    static Verdict ClassifyEnding(BootObservation boot)
    {
        if (boot.QemuError is { } error)
            return new(Outcome.QemuError, error);

        if (boot.Records.Select(r => r.AsPanic()).FirstOrDefault(p => p is not null) is { } panic)
            return new(Outcome.Panic, $"kernel panic: {panic.Reason}");

        if (boot.WatchdogFired)
            return new(Outcome.Hang, "the watchdog fired: no power-off before the timeout");

        if (boot.QemuExitStatus is not { } status)
            return new(Outcome.QemuError, "QEMU ended without an exit status");
        if (status == PowerOff.ResetStatus)
            return new(Outcome.Reset, "the guest reset itself (triple fault)");

        return PowerOff.CodeOf(status) switch
        {
            PowerOff.CleanFinish => ClassifyCleanFinish(boot.Records),
            PowerOff.ChecksFailed => new(Outcome.ChecksFailed, FailedChecksReason(boot.Records) ?? "the kernel powered off with code 1 (a check failed)"),
            PowerOff.Panic => new(Outcome.Panic, "the kernel powered off with code 2 (panic)"),
            { } code => new(Outcome.QemuError, $"unknown power-off code {code} (QEMU exit status {status})"),
            null => new(Outcome.QemuError, $"QEMU exit status {status} is not a guest power-off"),
        };
    }

    static Verdict ClassifyCleanFinish(IReadOnlyList<TbRecord> records)
    {
        if (FailedChecksReason(records) is { } failed)
            return new(Outcome.ChecksFailed, failed);

        var dones = records.Select(r => r.AsDone()).OfType<DoneRecord>().ToList();
        if (dones.Any(d => !d.Ok))
            return new(Outcome.ChecksFailed, "the kernel reported done ok=false");
        if (dones.Count == 0)
            return new(Outcome.ChecksFailed, "the kernel powered off without a done record");

        var checks = records.Count(r => r.Is(ProtocolNames.Check));
        return new(Outcome.Passed, checks switch
        {
            0 => "done (the kernel reported no checks)",
            1 => "1 check passed",
            _ => $"{checks} checks passed",
        });
    }

    static string? FailedChecksReason(IReadOnlyList<TbRecord> records)
    {
        var failed = records.Select(r => r.AsCheck()).OfType<CheckRecord>().Where(c => !c.Ok).Select(c => c.Name).ToList();
        return failed.Count switch
        {
            0 => null,
            1 => $"check failed: {failed[0]}",
            _ => $"{failed.Count} checks failed: {string.Join(", ", failed)}",
        };
    }
}
