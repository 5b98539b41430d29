namespace Testbed.Harness.Outcomes;

/// <summary>How a boot ended, as decided by <see cref="OutcomeClassifier"/>.</summary>
public enum Outcome
{
    /// <summary>Power-off code 0, no failed check, and a done record with ok=true.</summary>
    Passed,
    /// <summary>Power-off code 1, a check with ok=false, or done with ok=false.</summary>
    ChecksFailed,
    /// <summary>Power-off code 2 or a panic record.</summary>
    Panic,
    /// <summary>QEMU exited 0 under -no-reboot: the guest reset itself (a triple fault).</summary>
    Reset,
    /// <summary>The watchdog fired and the harness killed QEMU.</summary>
    Hang,
    /// <summary>QEMU itself failed: an error on its stderr or an exit status no kernel can produce.</summary>
    QemuError,
    /// <summary>
    /// The command line planned a fault (fault=&lt;target&gt;:&lt;kind&gt;@&lt;n&gt;) that its target never
    /// committed (no fault-plan record "committed"): the boot says nothing about surviving it.
    /// Replaces what would otherwise have been Passed or ChecksFailed.
    /// </summary>
    FaultNotTriggered,
    /// <summary>
    /// A driver's manager gave up restarting it (a recovery record with state "gave-up", after
    /// a persistent fault `fault=...@n!`): the kernel stayed up and powered off, but the
    /// driver is lost and its clients' requests failed. Replaces Passed or ChecksFailed.
    /// </summary>
    DriverLost,
}
