namespace Testbed.Harness.Qemu;

/// <summary>
/// What one QEMU process did, before any interpretation: its exit status (null if it was
/// killed), whether the watchdog killed it, what it said on stderr, how long it ran.
/// The serial lines went to the caller as they arrived.
/// </summary>
public sealed record QemuRun(int? ExitStatus, bool WatchdogFired, IReadOnlyList<string> StderrLines, TimeSpan WallTime);
