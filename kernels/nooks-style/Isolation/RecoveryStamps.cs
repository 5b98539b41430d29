// The points of the last driver recovery, for the recovery figures (docs/recovery.md): the
// fault's entry into the kernel, the shadow driver taking over (detect), the old image gone
// (teardown), the new one loaded and its entry run (reload), the replayed configuration
// done (reinit), and the client holding the successful reply of its first request after
// the fault (replay; the ring-3 client reports it, NooksCalls.RecoveryReply). Each point is
// the counter and IdleClock.Halted read together, so every part subtracts the same halted
// time the total does and the parts add up to it.
using Testbed.Guest.Measure;
using Testbed.Hal;

namespace NooksStyle.Isolation;

public static class RecoveryStamps
{
    public static RecoveryStamp Fault, Detected, TornDown, Reloaded, Reinitialised, Reply;

    public static RecoveryStamp Now() => new(Cpu.ReadTsc(), IdleClock.Halted);

    /// <summary>A new fault: the stamps of the one before no longer apply.</summary>
    public static void Begin(ulong faultTsc)
    {
        Fault = new RecoveryStamp(faultTsc, IdleClock.Halted);
        Detected = TornDown = Reloaded = Reinitialised = Reply = default;
    }
}
