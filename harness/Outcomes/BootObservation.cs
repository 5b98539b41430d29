using Testbed.Drivers.Faults;

namespace Testbed.Harness.Outcomes;

/// <summary>
/// The facts a boot's outcome is decided from: how QEMU ended and what the kernel said.
/// </summary>
/// <param name="QemuExitStatus">QEMU's exit status; null when the watchdog killed it.</param>
/// <param name="WatchdogFired">The harness killed QEMU because --timeout passed.</param>
/// <param name="QemuError">The first error QEMU reported on stderr, if any.</param>
/// <param name="Records">The well-formed @tb records, in arrival order.</param>
/// <param name="PlannedFaults">The fault plans of the command line (fault= words), each of which must be committed.</param>
public sealed record BootObservation(
    int? QemuExitStatus, bool WatchdogFired, string? QemuError, IReadOnlyList<TbRecord> Records,
    IReadOnlyList<FaultPlan>? PlannedFaults = null);
