// The points of the last driver SIP recovery, for the recovery figures (docs/recovery.md):
// the fault's entry into the kernel (a CPU exception: FaultEntry.Tsc, the HAL's dispatch;
// the watchdog's expiry; a runtime fault or a channel violation: the kernel's kill), the
// manager thread taking the dead SIP (detect), the SIP reclaimed and the joiner woken, as
// the driver manager begins (teardown), the new
// instance loaded and its thread ready (reload), the new instance registering its service
// path (reinit: its initialisation done, ready to serve), and the client holding the
// successful reply of its first request after the fault (replay; the client SIP reports
// it, AbiSlot.RecoveryReplyReport). Each point is the counter and IdleClock.Halted read
// together, so the parts subtract the same halted time as the total and add up to it.
using Singularity.Tasks;
using Testbed.Guest.Measure;
using Testbed.Hal;

namespace Singularity.Drivers;

public static class RecoveryStamps
{
    /// <summary>The driver SIP whose recovery the stamps describe, and the instance that replaced it.</summary>
    public static Sip Failed, Fresh;
    public static RecoveryStamp Fault, Detected, TornDown, Reloaded, Reinitialised, Reply;

    public static RecoveryStamp Now() => new(Cpu.ReadTsc(), IdleClock.Halted);

    /// <summary>A driver SIP failed; <paramref name="faultTsc"/> is where the failure entered the kernel.</summary>
    public static void Begin(Sip sip, ulong faultTsc)
    {
        Failed = sip;
        Fresh = null;
        Fault = new RecoveryStamp(faultTsc, IdleClock.Halted);
        Detected = TornDown = Reloaded = Reinitialised = Reply = default;
    }

    /// <summary>The manager thread takes a killed SIP off the dead list (the detect part ends).</summary>
    public static void Taking(Sip sip)
    {
        if (sip == Failed) Detected = Now();
    }

    /// <summary>Forgets the last recovery (before a measured one).</summary>
    public static void Clear()
    {
        Failed = Fresh = null;
        Fault = Detected = TornDown = Reloaded = Reinitialised = Reply = default;
    }

    /// <summary>The points in order: fault, detect, teardown, reload, reinit, reply.</summary>
    public static RecoveryStamp[] Points() => [Fault, Detected, TornDown, Reloaded, Reinitialised, Reply];
}
