// The HAL's IdleClock: halted time advances only while the CPU is halted, from the hlt to
// the entry of the interrupt handler that ends the halt. Busy time with interrupts coming
// adds nothing; a halt ended by a device interrupt (the RTC on its IrqLines line) adds less
// than the whole wait, because the handler's own work is not idle.

namespace Halcheck.Checks;

public static class IdleClockChecks
{
    // After IrqLineChecks, which initialised the line's counts.
    public static void Run()
    {
        PeriodicRtc.Counted.Calls = 0;
        IrqLines<PeriodicRtc.Counted>.Enable(PeriodicRtc.Line);
        PeriodicRtc.Start();

        // Busy while two interrupts come (each handler notes them): nothing is halted.
        ulong before = IdleClock.Halted;
        Cpu.EnableInterrupts();
        ulong start = Cpu.ReadTsc();
        while (PeriodicRtc.Counted.Calls < 2 && Cpu.ReadTsc() - start < 10 * PeriodicRtc.SeveralPeriods)
            if (IrqLines<PeriodicRtc.Counted>.Take(PeriodicRtc.Line)) { PeriodicRtc.Acknowledge(); IrqLines<PeriodicRtc.Counted>.Rearm(PeriodicRtc.Line); }
        Cpu.DisableInterrupts();
        ulong busyInterrupts = PeriodicRtc.Counted.Calls;
        bool busyNotIdle = busyInterrupts >= 2 && IdleClock.Halted == before;

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
        if (!busyNotIdle) Report.Check("idle.advances-only-while-halted", false, busyInterrupts < 2 ? "no RTC interrupts while busy" : "busy time counted as halted");
        else if (!haltedCounted) Report.Check("idle.advances-only-while-halted", false, halted == 0 ? "the halt was not counted" : "the handler's work was counted as halted");
        else Report.CheckValue("idle.advances-only-while-halted", true, "not-idle-of-wait", waited - halted);
    }
}
