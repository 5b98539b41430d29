// The HAL's IrqLines: a device line counts its interrupt, is masked when it fires (so the
// device's next request waits, however often it comes) and delivers again once the driver
// rearms it; the kernel's policy is called once per delivered interrupt. Driven by the RTC
// (PeriodicRtc), acknowledged while the line is masked, as a driver does.

namespace Halcheck.Checks;

public static class IrqLineChecks
{
    public static void Run()
    {
        IrqLines<PeriodicRtc.Counted>.Initialize();
        PeriodicRtc.Counted.Calls = 0;
        bool connected = IrqLines<PeriodicRtc.Counted>.Enable(PeriodicRtc.Line) && !IrqLines<PeriodicRtc.Counted>.Enable(0) && !IrqLines<PeriodicRtc.Counted>.Enable(2);
        PeriodicRtc.Start();
        Cpu.EnableInterrupts();

        bool first = WaitFired(10 * PeriodicRtc.SeveralPeriods);
        bool maskedOnFire = Pic.IsMasked(PeriodicRtc.Line);
        PeriodicRtc.Acknowledge();                              // the device may interrupt again ...
        Spin(PeriodicRtc.SeveralPeriods);
        bool heldWhileMasked = IrqLines<PeriodicRtc.Counted>.Fired(PeriodicRtc.Line) == 1;   // ... but the masked line holds it
        bool taken = IrqLines<PeriodicRtc.Counted>.Take(PeriodicRtc.Line) && IrqLines<PeriodicRtc.Counted>.Fired(PeriodicRtc.Line) == 0;
        IrqLines<PeriodicRtc.Counted>.Rearm(PeriodicRtc.Line);
        bool again = WaitFired(10 * PeriodicRtc.SeveralPeriods);

        Cpu.DisableInterrupts();
        PeriodicRtc.Stop();
        IrqLines<PeriodicRtc.Counted>.Disconnect(PeriodicRtc.Line);
        bool quiet = Pic.IsMasked(PeriodicRtc.Line) && IrqLines<PeriodicRtc.Counted>.Fired(PeriodicRtc.Line) == 0;
        string failed = !connected ? "lines 0 and 2 accepted, or line 8 refused" : !first ? "no interrupt" : !maskedOnFire ? "not masked when it fired"
            : !heldWhileMasked ? "delivered while masked" : !taken ? "Take did not clear the count" : !again ? "no interrupt after rearming"
            : PeriodicRtc.Counted.Calls != 2 ? "the policy was not called once per interrupt" : !quiet ? "still unmasked or counted after Disconnect" : null;
        if (failed != null) Report.Check("irq.line-counts-masks-rearms", false, failed);
        else Report.CheckValue("irq.line-counts-masks-rearms", true, "policy-calls", PeriodicRtc.Counted.Calls);
    }

    /// <summary>Whether the RTC line fired within <paramref name="ticks"/>; rearms nothing.</summary>
    public static bool WaitFired(ulong ticks)
    {
        ulong start = Cpu.ReadTsc();
        while (IrqLines<PeriodicRtc.Counted>.Fired(PeriodicRtc.Line) == 0)
            if (Cpu.ReadTsc() - start > ticks) return false;
        return true;
    }

    private static void Spin(ulong ticks)
    {
        ulong start = Cpu.ReadTsc();
        while (Cpu.ReadTsc() - start < ticks) { }
    }
}
