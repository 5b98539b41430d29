// Priority round-robin: the highest-priority ready thread runs; threads of one priority
// take turns, one timer tick each (L4 X.2 reference manual, "Scheduling": 256 priorities,
// round robin within a priority, time slices). Our PIC timer gives one slice length for
// all. IPC bypasses this file on purpose: a call runs the receiver next (direct process
// switch), so the scheduler is only asked when a thread blocks with no partner to run.

namespace L4Style.Scheduling;

public static unsafe class Scheduler
{
    public const int Levels = 256;
    public const uint TickHz = 1000;

    private static Tcb** s_head;
    private static Tcb** s_tail;
    private static ulong* s_nonEmpty;       // bit per priority with a ready thread: the highest is found in a few steps

    public static ulong Ticks;
    public static ulong Preemptions;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_resume")] private static extern void Resume(Tcb* thread);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_set_idle")] private static extern void SetIdle();

    public static void Initialize()
    {
        s_head = (Tcb**)KernelHeap.Allocate(Levels * 8, 8);
        s_tail = (Tcb**)KernelHeap.Allocate(Levels * 8, 8);
        s_nonEmpty = (ulong*)KernelHeap.Allocate(Levels / 8, 8);
    }

    public static void StartPreemption() => Pit.StartPeriodic(TickHz, &OnTick);

    public static void MakeReady(Tcb* t)
    {
        t->State = TcbState.Ready;
        t->Next = null;
        int p = t->Priority;
        if (s_tail[p] == null) s_head[p] = t; else s_tail[p]->Next = t;
        s_tail[p] = t;
        s_nonEmpty[p >> 6] |= 1UL << (p & 63);
    }

    /// <summary>Takes a thread out of its ready queue (it is being killed).</summary>
    public static void Remove(Tcb* t)
    {
        int p = t->Priority;
        Tcb* previous = null;
        for (Tcb* q = s_head[p]; q != null; previous = q, q = q->Next)
        {
            if (q != t) continue;
            if (previous == null) s_head[p] = q->Next; else previous->Next = q->Next;
            if (s_tail[p] == q) s_tail[p] = previous;
            if (s_head[p] == null) s_nonEmpty[p >> 6] &= ~(1UL << (p & 63));
            q->Next = null;
            return;
        }
    }

    private static Tcb* PickNext()
    {
        int p = Highest();
        if (p < 0) return null;
        Tcb* t = s_head[p];
        s_head[p] = t->Next;
        if (s_head[p] == null)
        {
            s_tail[p] = null;
            s_nonEmpty[p >> 6] &= ~(1UL << (p & 63));
        }
        t->Next = null;
        return t;
    }

    // The highest set bit of the 256-bit map (-1: nothing ready): a binary search in the top non-empty word.
    private static int Highest()
    {
        for (int w = Levels / 64 - 1; w >= 0; w--)
        {
            ulong word = s_nonEmpty[w];
            if (word == 0) continue;
            int bit = 0;
            if ((word >> 32) != 0) { word >>= 32; bit += 32; }
            if ((word >> 16) != 0) { word >>= 16; bit += 16; }
            if ((word >> 8) != 0) { word >>= 8; bit += 8; }
            if ((word >> 4) != 0) { word >>= 4; bit += 4; }
            if ((word >> 2) != 0) { word >>= 2; bit += 2; }
            if ((word >> 1) != 0) bit += 1;
            return w * 64 + bit;
        }
        return -1;
    }

    /// <summary>Runs <paramref name="t"/> in ring 3 now. Never returns.</summary>
    public static void Run(Tcb* t)
    {
        t->State = TcbState.Running;
        Resume(t);
    }

    /// <summary>The current thread cannot go on: run the best ready thread, or idle. Never returns.</summary>
    public static void Reschedule()
    {
        Tcb* next = PickNext();
        if (next != null) Run(next);
        Idle();
    }

    // Nothing to run: wait for an interrupt with interrupts on (the HAL's IdleClock counts
    // the halted time, which benchmarks subtract). A handler that makes a thread ready runs
    // it directly (abandoning this loop and its stack); one that does not returns here.
    private static void Idle()
    {
        SetIdle();
        while (true) IdleClock.HaltUntilInterrupt();
    }

    private static void OnTick(InterruptFrame* frame)
    {
        IdleClock.NoteInterrupt();
        Ticks++;
        Timeouts.Expire(Ticks);
        Tcb* current = ThreadTable.Current;
        if (frame->FromUserMode && current != null)
        {
            // The slice is over: the thread goes to the back of its queue.
            current->UserTicks++;
            InterruptEntry.Save(current, frame);
            MakeReady(current);
            Preemptions++;
            Reschedule();
        }
        if (current == null && Highest() >= 0) Reschedule();
    }
}
