// The watchdog: a SIP that runs its own code for too long without blocking, yielding or
// calling the kernel is killed (a hang is a failure like any other). The PIT ticks; the
// tick handler only acts when the interrupted instruction is in the running SIP's own
// code, so kernel code is never interrupted half-way through a change.

namespace Singularity.Faults;

public static unsafe class Watchdog
{
    public const uint TickHz = 1000;           // also the driver SIPs' clock for interrupt wait timeouts
    public static ulong BudgetTicks = 50;      // 50 ms of virtual time (icount: 50 M instructions)

    public static void Start() => Pit.StartPeriodic(TickHz, &OnTick);

    private static void OnTick(InterruptFrame* frame)
    {
        IdleClock.NoteInterrupt();      // the tick's own work is not halted time
        Drivers.InterruptLines.OnTick();
        if (Scheduler.AnyReady) Ipc.FastPath.RequestReschedule();     // fast-path switches would pass them over
        Sip sip = Scheduler.CurrentSip;
        if (sip == null || !sip.IsAlive) return;
        sip.TicksWithoutBlocking++;
        if (sip.TicksWithoutBlocking > BudgetTicks && sip.OwnsCode(frame->Rip))
            SipLifecycle.Kill(sip, SipFaultKind.Watchdog);
    }
}
