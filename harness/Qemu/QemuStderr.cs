namespace Testbed.Harness.Qemu;

/// <summary>
/// Recognises QEMU's own failures on its stderr. Needed because QEMU's exit status alone
/// is ambiguous: a failed -kernel load exits 1, the same as a guest's clean power-off, and a
/// KVM internal error pauses the VM instead of exiting.
/// </summary>
public static class QemuStderr
{
    static readonly string[] ErrorMarkers = ["KVM internal error", "Could not", "could not"];

    /// <summary>
    /// An error after which QEMU does not exit but pauses the VM (a KVM internal error):
    /// waiting for the watchdog would only waste its timeout, so the runner stops QEMU at once.
    /// </summary>
    public static bool StopsTheGuest(string line) => line.Contains("KVM internal error", StringComparison.Ordinal);

    /// <summary>The first stderr line that reports a QEMU error; null if there is none (warnings do not count).</summary>
    public static string? FindError(IEnumerable<string> stderrLines)
    {
        foreach (var line in stderrLines)
        {
            if (ErrorMarkers.Any(marker => line.Contains(marker, StringComparison.Ordinal)))
                return line.Trim();
            // "qemu-system-x86_64: -kernel x: ..." is how QEMU reports a fatal option error.
            // Warnings and our own watchdog kill ("terminating on signal") are not errors.
            if (line.StartsWith(QemuArguments.Executable + ":", StringComparison.Ordinal)
                && !line.Contains("warning:", StringComparison.Ordinal)
                && !line.Contains("terminating on signal", StringComparison.Ordinal))
                return line.Trim();
        }
        return null;
    }
}
