// The singularity kernel's scheduler: a FIFO of ready threads (kernel threads and SIP
// threads alike: every SIP runs in ring 0). Threads switch only when they block, yield
// or die; the timer never preempts kernel code (Faults/Watchdog.cs kills a SIP stuck in
// its own code instead). When nothing is ready the CPU halts until an interrupt.

namespace Singularity.Scheduling;

public static unsafe class Scheduler
{
    private static Thread s_head, s_tail;

    /// <summary>The SIP whose thread runs now (null for kernel threads). Kept where the channel fast path, which switches threads itself, keeps it too.</summary>
    public static Sip CurrentSip
    {
        get
        {
            Ipc.SipCell* cell = Ipc.FastPath.CurrentCell;
            return cell == null ? null : Ipc.FastPath.ObjectAt<Sip>(&cell->Sip);
        }
        set => Ipc.FastPath.CurrentCell = value == null ? null : value.Cell;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MakeReady(Thread thread)
    {
        thread.State = ThreadState.Ready;
        thread.NextInQueue = null;
        if (s_tail == null) s_head = thread; else s_tail.NextInQueue = thread;
        s_tail = thread;
    }

    /// <summary>The current thread waits until someone makes it ready.</summary>
    public static void Block()
    {
        Thread.Current.State = ThreadState.Blocked;
        RunNext();
    }

    /// <summary>True if a thread other than the running one waits for the CPU.</summary>
    public static bool AnyReady => s_head != null;

    // A fast send's hand-over joins the queue before anything picks from it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TakeHandoff()
    {
        Ipc.SipCell* handed = Ipc.FastPath.TakeHandoff();
        if (handed != null) MakeReady(Ipc.FastPath.ObjectAt<Thread>(&handed->Thread));
    }

    public static void Yield()
    {
        if (CurrentSip != null) CurrentSip.TicksWithoutBlocking = 0;   // a voluntary yield is progress
        TakeHandoff();
        if (s_head == null) return;
        MakeReady(Thread.Current);
        RunNext();
    }

    /// <summary>The current thread never runs again.</summary>
    public static void ExitCurrent()
    {
        Thread.Current.State = ThreadState.Dead;
        RunNext();
        Panic.Halt("singularity: a dead thread was resumed");
    }

    private static void RunNext()
    {
        Ipc.FastPath.Rescheduled();
        TakeHandoff();
        if (Drivers.InterruptLines.WakeupsDue) Drivers.InterruptLines.DeliverWakeups();
        if (s_head == null)
        {
            bool interruptsWereOn = Cpu.InterruptsEnabled;
            while (s_head == null)
            {
                IdleClock.HaltUntilInterrupt();
                if (Drivers.InterruptLines.WakeupsDue) Drivers.InterruptLines.DeliverWakeups();
            }
            if (!interruptsWereOn) Cpu.DisableInterrupts();
        }
        Thread next = s_head;
        s_head = next.NextInQueue;
        if (s_head == null) s_tail = null;
        next.NextInQueue = null;
        Sip sip = Unsafe.As<Sip>(next.Owner);
        CurrentSip = sip;
        if (sip != null) sip.TicksWithoutBlocking = 0;
        Thread.SwitchTo(next);
        // Back here: whoever switched to this thread set CurrentSip to its SIP already.
    }
}
