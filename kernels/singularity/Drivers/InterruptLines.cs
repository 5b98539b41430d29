// Device interrupts for driver SIPs. A driver SIP waits for the one IRQ line its manifest
// declares (ABI WaitIrq); the HAL's IrqLines counts and masks the line (a level line stays
// asserted until the driver acknowledges its device, so it is unmasked again at the
// driver's next wait). The policy here: a fired line only marks wake-ups due, and thread
// context delivers them: the scheduler does when it next picks a thread, so the ready
// queue is never touched from an interrupt handler. A wait also ends after a number of
// timer ticks.

namespace Singularity.Drivers;

public static unsafe class InterruptLines
{
    // Slots 0..15 are the PIC lines; 16..31 are plain sleepers (only their deadline wakes them).
    private const int Slots = 32, Lines = 16;
    private static Thread[] s_waiters;
    private static ulong[] s_deadline;

    /// <summary>Set by interrupt handlers (and the tick) when a waiter may need waking.</summary>
    public static volatile bool WakeupsDue;

    // A fired line wakes its waiter, later, from thread context.
    private struct WakeFromThreadContext : IIrqPolicy
    {
        public void Fired(InterruptFrame* frame, int line)
        {
            WakeupsDue = true;
            Ipc.FastPath.RequestReschedule();
        }
    }

    public static void Initialize()
    {
        IrqLines<WakeFromThreadContext>.Initialize();
        s_waiters = new Thread[Slots];
        s_deadline = new ulong[Slots];
    }

    public static void Enable(int line) => IrqLines<WakeFromThreadContext>.Enable(line);

    private static bool Fired(int slot) => slot < Lines && IrqLines<WakeFromThreadContext>.Fired(slot) != 0;

    /// <summary>Called on every timer tick: a waiter whose time ran out must be woken.</summary>
    public static void OnTick()
    {
        for (int line = 0; line < Slots; line++)
            if (s_waiters[line] != null && Pit.Ticks >= s_deadline[line]) { WakeupsDue = true; Ipc.FastPath.RequestReschedule(); }
    }

    /// <summary>In thread context (the scheduler): make ready every waiter whose line fired or whose time ran out.</summary>
    public static void DeliverWakeups()
    {
        bool wasEnabled = Cpu.InterruptsEnabled;
        Cpu.DisableInterrupts();
        WakeupsDue = false;
        for (int line = 0; line < Slots; line++)
        {
            Thread waiter = s_waiters[line];
            if (waiter == null || (!Fired(line) && Pit.Ticks < s_deadline[line])) continue;
            s_waiters[line] = null;
            Scheduler.MakeReady(waiter);
        }
        if (wasEnabled) Cpu.EnableInterrupts();
    }

    /// <summary>Blocks the current thread for <paramref name="ticks"/> timer ticks.</summary>
    public static void Sleep(ulong ticks)
    {
        bool wasEnabled = Cpu.InterruptsEnabled;
        Cpu.DisableInterrupts();
        for (int slot = 16; slot < Slots; slot++)
        {
            if (s_waiters[slot] != null) continue;
            s_deadline[slot] = Pit.Ticks + ticks;
            s_waiters[slot] = Thread.Current;
            Scheduler.Block();
            break;
        }
        if (wasEnabled) Cpu.EnableInterrupts();
    }

    /// <summary>1 once <paramref name="line"/> has fired (since the last wait), 0 after <paramref name="ticks"/> timer ticks.</summary>
    public static long Wait(int line, ulong ticks)
    {
        bool wasEnabled = Cpu.InterruptsEnabled;
        ulong deadline = Pit.Ticks + ticks;
        long result;
        while (true)
        {
            Cpu.DisableInterrupts();
            if (IrqLines<WakeFromThreadContext>.Take(line))
            {
                result = 1;
                break;
            }
            if (Pit.Ticks >= deadline)
            {
                result = 0;
                break;
            }
            s_waiters[line] = Thread.Current;
            s_deadline[line] = deadline;
            IrqLines<WakeFromThreadContext>.Rearm(line);
            Scheduler.Block();
        }
        if (wasEnabled) Cpu.EnableInterrupts();
        return result;
    }
}
