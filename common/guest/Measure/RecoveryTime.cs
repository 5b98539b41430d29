// The one definition of driver recovery time, the same in every kernel (docs/recovery.md):
// from the fault's entry into the kernel (a CPU fault: FaultEntry.Tsc, the HAL's dispatch of
// the exception; a hang: the watchdog's or heartbeat's expiry; a fault the driver's runtime
// or the kernel's checks report: the kernel's entry for that report) to the moment the
// client holds the successful reply of its first request after it, less the counter ticks
// the CPU spent halted in between (IdleClock.Halted read at both ends: under icount with
// sleep=off a halt jumps the clock to the next device or timer event, host time, not work).
// The parts of a recovery (detect, teardown, reload, reinit, replay) are the same
// subtraction between consecutive stamps, so they add up to the total exactly.
namespace Testbed.Guest.Measure;

/// <summary>A point of a recovery: the counter and the halted ticks so far, read together.</summary>
public struct RecoveryStamp
{
    public ulong Tsc, Halted;

    public RecoveryStamp(ulong tsc, ulong halted)
    {
        Tsc = tsc;
        Halted = halted;
    }

    public readonly bool IsSet => Tsc != 0;
}

public static class RecoveryTime
{
    /// <summary>Counter ticks from <paramref name="from"/> to <paramref name="to"/>, less the ticks halted between; 0 if either is missing or out of order.</summary>
    public static ulong Between(RecoveryStamp from, RecoveryStamp to)
    {
        if (!from.IsSet || !to.IsSet || to.Tsc < from.Tsc || to.Halted < from.Halted) return 0;
        ulong halted = to.Halted - from.Halted;
        ulong elapsed = to.Tsc - from.Tsc;
        return elapsed > halted ? elapsed - halted : 0;
    }

    /// <summary>The one sentence every kernel's recovery bench record carries as its `what`.</summary>
    public const string Definition = "fault entry into the kernel (CPU exception dispatch, or watchdog expiry) -> the client holds the successful reply of its first request after it; halted time subtracted (docs/recovery.md)";
}
