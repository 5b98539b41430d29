// The HAL's IdleClock: halted time advances only while the CPU is halted, from the hlt to
// the entry of the interrupt handler that ends the halt. Busy time with interrupts coming
// adds nothing; a halt ended by a device interrupt (the RTC on its IrqLines line) adds less
// than the whole wait, because the handler's own work is not idle.
using Testbed.Hal;

namespace Halcheck.Checks;

public static class IdleClockChecks
{
    // After IrqLineChecks, which initialised the line's counts.
    public static void Run()
    {
        PeriodicRtc.Counted.Calls = 0;
        IrqLines<PeriodicRtc.Counted>.Enable(PeriodicRtc.Line);
        PeriodicRtc.Start();

        // Busy for three periods: interrupts arrive (each handler notes them), nothing is halted.
        ulong before = IdleClock.Halted;
        Cpu.EnableInterrupts();
        ulong start = Cpu.ReadTsc();
        while (Cpu.ReadTsc() - start < PeriodicRtc.ThreePeriods)
            if (IrqLines<PeriodicRtc.Counted>.Take(PeriodicRtc.Line)) { PeriodicRtc.Acknowledge(); IrqLines<PeriodicRtc.Counted>.Rearm(PeriodicRtc.Line); }
        Cpu.DisableInterrupts();
        bool busyNotIdle = PeriodicRtc.Counted.Calls > 0 && IdleClock.Halted == before;

        // Halted until the RTC's next interrupt (other interrupts may end a halt first: halt again).
        IrqLines<PeriodicRtc.Counted>.Clear(PeriodicRtc.Line);
        PeriodicRtc.Acknowledge();
        IrqLines<PeriodicRtc.Counted>.Rearm(PeriodicRtc.Line);
        ulong idleBefore = IdleClock.Halted;
        ulong t0 = Cpu.ReadTsc();
        for (int i = 0; i < 100 && IrqLines<PeriodicRtc.Counted>.Fired(PeriodicRtc.Line) == 0; i++)
        {
            IdleClock.HaltUntilInterrupt();
            Cpu.DisableInterrupts();
        }
        ulong waited = Cpu.ReadTsc() - t0;
        ulong halted = IdleClock.Halted - idleBefore;
        bool haltedCounted = IrqLines<PeriodicRtc.Counted>.Fired(PeriodicRtc.Line) != 0 && halted > 0 && halted < waited;

        PeriodicRtc.Stop();
        IrqLines<PeriodicRtc.Counted>.Disconnect(PeriodicRtc.Line);
        Report.CheckValue("idle.advances-only-while-halted", busyNotIdle && haltedCounted, "not-idle-of-wait", waited - halted);
    }
}
