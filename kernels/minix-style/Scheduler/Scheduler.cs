// Who runs next: the head of the best non-empty run queue, as MINIX 3's pick_proc
// (kernel/proc.c: rdy_head/rdy_tail per priority). A ready process is in its priority's
// queue, the running one at the head; blocking takes it out, waking puts it at the tail. A
// bitmap of non-empty queues makes the choice a scan of at most 16 bits, whatever the
// number of processes. A process made ready by IPC runs at once if it outranks the one that made it
// ready (servers before their clients). With no process ready the boot thread runs: it
// ends the run (Boot/KernelMain.cs). The queues live in the IPC fast path's data
// (Ipc/ipc_fastpath.S), which dequeues and enqueues as this class does.
namespace MinixStyle.Scheduling;

/// <summary>The running slot and the run queues (minix_run_queues in Ipc/ipc_fastpath.S).</summary>
public unsafe struct RunQueues
{
    public int Current;
    public uint NonEmpty;
    public fixed int Head[Scheduler.Priorities];
    public fixed int Tail[Scheduler.Priorities];
}

public static unsafe class Scheduler
{
    public const int Priorities = 16;

    private static Thread s_boot;
    private static RunQueues* s_q;

    /// <summary>The slot of the running process, or NoSlot while the boot thread runs.</summary>
    public static int Current { get => s_q->Current; private set => s_q->Current = value; }

    public static void Initialize()
    {
        s_boot = Thread.Current;
        s_q = FastPath.RunQueuesAddress();
        Current = ProcessTable.NoSlot;
        for (int q = 0; q < Priorities; q++) s_q->Head[q] = s_q->Tail[q] = ProcessTable.NoSlot;
    }

    /// <summary>A process of the boot image is ready to run for the first time.</summary>
    public static void Admit(int slot)
    {
        FastPath.Bind(slot);
        Enqueue(slot);
    }

    /// <summary>
    /// Runs processes until none is ready and neither an alarm nor an interrupt can make one
    /// ready; returns on the boot thread, which meanwhile halts until the next interrupt.
    /// </summary>
    public static void RunAll()
    {
        for (;;)
        {
            int next = Best();
            if (next != ProcessTable.NoSlot)
            {
                SwitchTo(next);
                continue;
            }
            if (!Alarms.AnyPending() && !InterruptNotify.AnyWaiting()) break;
            IdleClock.HaltUntilInterrupt();
            Cpu.DisableInterrupts();
        }
        AddressSpace.Kernel.Activate();
    }

    /// <summary>
    /// The lowest queue a penalty can push a process to: just below the servers, so that a
    /// looping driver can starve neither RS, which then sees it miss its heartbeats, nor the
    /// servers RS pings; a driver that polls its device for a whole quantum stays above the
    /// workloads, so they can never starve it.
    /// </summary>
    public const int LowestPenalised = BootImage.PmPriority + 1;
    /// <summary>Ticks between two rounds that give each penalised process one queue back.</summary>
    public const ulong BalanceTicks = 100;
    private static int s_tickHolder = ProcessTable.NoSlot, s_heldTicks;

    /// <summary>
    /// A clock tick: the running process's quantum ends after Clock.Quantum ticks; a process
    /// that was running at every one of them drops one queue (not a kernel task; MINIX 3.1's
    /// sched() penalises the same way only a process that ran again right after itself), and
    /// the next of its priority runs. So a driver caught in an infinite loop cannot starve the processes below it,
    /// RS among them, which then finds it missing its heartbeats (MINIX 3: sched() and
    /// balance_queues() in kernel/proc.c; DSN 2007, section 4.1). Every BalanceTicks each
    /// penalised process gets one queue back, up to the priority it was given.
    /// </summary>
    public static void Tick(ulong now)
    {
        if (now % BalanceTicks == 0) Balance();
        // Who held the CPU at every tick of a whole quantum: a process that ran that long
        // without once blocking (an I/O-bound one is rarely running when a tick comes).
        if (Current == s_tickHolder) s_heldTicks++;
        else
        {
            s_tickHolder = Current;
            s_heldTicks = 1;
        }
        if (Current == ProcessTable.NoSlot) return;
        ref Proc p = ref ProcessTable.Procs[Current];
        if (--p.QuantumLeft > 0) return;
        p.QuantumLeft = Clock.Quantum;
        int me = Current;
        Dequeue(me);
        if (s_heldTicks >= Clock.Quantum && !ProcessTable.IsTask(me) && p.Priority < LowestPenalised)
        {
            p.Priority++;
            s_heldTicks = 0;
        }
        Enqueue(me);
        int next = Best();
        if (next != me) SwitchTo(next);
    }

    private static void Balance()
    {
        for (int s = 0; s < ProcessTable.FirstTaskSlot; s++)
        {
            ref Proc p = ref ProcessTable.Procs[s];
            if (!p.InUse || p.Priority <= p.BasePriority) continue;
            bool queued = p.Ready;           // the running one too: it is at the head of its queue
            if (queued) Dequeue(s);
            p.Priority--;
            if (queued) Enqueue(s);
        }
    }

    /// <summary>The current process cannot go on (it blocked or ended): run someone else.</summary>
    public static void BlockCurrent()
    {
        int me = Current;
        ProcessTable.Threads[me].State = ThreadState.Blocked;
        Dequeue(me);
        int next = Best();
        if (next != ProcessTable.NoSlot)
        {
            SwitchTo(next);
            return;
        }
        Current = ProcessTable.NoSlot;
        Thread.SwitchTo(s_boot);
    }

    /// <summary><paramref name="slot"/> became ready: if it outranks the caller, it runs now.</summary>
    public static void Woken(int slot)
    {
        MakeReady(slot);
        if (Current != ProcessTable.NoSlot && ProcessTable.Procs[slot].Priority < ProcessTable.Procs[Current].Priority)
            SwitchTo(slot);
    }

    /// <summary><paramref name="slot"/> became ready; the caller goes on running.</summary>
    public static void MakeReady(int slot)
    {
        ProcessTable.Threads[slot].State = ThreadState.Ready;
        Enqueue(slot);
    }

    /// <summary>A process that is not running leaves its run queue (it was ended by another).</summary>
    public static void Remove(int slot) => Dequeue(slot);

    private static void SwitchTo(int slot)
    {
        Current = slot;
        Thread.SwitchTo(ProcessTable.Threads[slot]);
    }

    // The lowest set bit of the bitmap: at most 16 tests (MINIX scans its queues the same way).
    private static int Best()
    {
        if (s_q->NonEmpty == 0) return ProcessTable.NoSlot;
        int q = 0;
        while ((s_q->NonEmpty & (1u << q)) == 0) q++;
        return s_q->Head[q];
    }

    private static void Enqueue(int slot)
    {
        ref Proc p = ref ProcessTable.Procs[slot];
        if (p.QuantumLeft <= 0) p.QuantumLeft = Clock.Quantum;
        int q = p.Priority;
        p.NextReady = ProcessTable.NoSlot;
        if (s_q->Head[q] == ProcessTable.NoSlot) s_q->Head[q] = slot;
        else ProcessTable.Procs[s_q->Tail[q]].NextReady = slot;
        s_q->Tail[q] = slot;
        s_q->NonEmpty |= 1u << q;
    }

    private static void Dequeue(int slot)
    {
        int q = ProcessTable.Procs[slot].Priority;
        int previous = ProcessTable.NoSlot;
        for (int s = s_q->Head[q]; s != ProcessTable.NoSlot; previous = s, s = ProcessTable.Procs[s].NextReady)
        {
            if (s != slot) continue;
            int next = ProcessTable.Procs[s].NextReady;
            if (previous == ProcessTable.NoSlot) s_q->Head[q] = next;
            else ProcessTable.Procs[previous].NextReady = next;
            if (s_q->Tail[q] == slot) s_q->Tail[q] = previous;
            break;
        }
        if (s_q->Head[q] == ProcessTable.NoSlot) s_q->NonEmpty &= ~(1u << q);
    }
}
