namespace Testbed.Harness.Qemu;

/// <summary>
/// The isa-debug-exit convention (PROTOCOL.md, "Power-off codes"): a guest that writes
/// code c to port 0xF4 makes QEMU exit with status (c &lt;&lt; 1) | 1, always odd; status 0
/// under -no-reboot means the guest reset itself.
/// </summary>
public static class PowerOff
{
    public const int CleanFinish = ProtocolNames.ExitClean;
    public const int ChecksFailed = ProtocolNames.ExitChecksFailed;
    public const int Panic = ProtocolNames.ExitPanic;

    /// <summary>QEMU's status when the guest reset (triple fault) and -no-reboot turned that into an exit.</summary>
    public const int ResetStatus = 0;

    public static int StatusFor(int code) => (code << 1) | 1;

    /// <summary>The guest's power-off code behind a QEMU exit status; null if the status is not a guest power-off.</summary>
    public static int? CodeOf(int status) => status > 0 && (status & 1) == 1 ? status >> 1 : null;
}
