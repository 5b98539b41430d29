// The clock (MINIX 3: kernel/clock.c): the PIT's tick counts time, ends the running
// process's quantum (round robin within its priority) and wakes the clock task when an alarm
// is due (ClockTask), which makes each a notification from the CLOCK endpoint.
namespace MinixStyle.Scheduling;

public static unsafe class Clock
{
    /// <summary>Ticks per second. Under TCG icount one tick is 1,000,000 instructions.</summary>
    public const uint Hz = 1000;
    /// <summary>Ticks a process may run before others of its priority get the CPU (MINIX: p_quantum_size).</summary>
    public const int Quantum = 10;

    public static ulong Ticks;

    public static void Start() => Pit.StartPeriodic(Hz, &OnTick);

    private static void OnTick(InterruptFrame* frame)
    {
        IdleClock.NoteInterrupt();
        Ticks++;
        ClockTask.Tick(Ticks);
        Scheduler.Tick(Ticks);
    }
}
