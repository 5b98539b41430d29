// Priority round-robin: the highest-priority ready thread runs; threads of one priority
// take turns, one timer tick each (L4 X.2 reference manual, "Scheduling": 256 priorities,
// round robin within a priority, time slices). Our PIC timer gives one slice length for
// all. IPC bypasses this file on purpose: a call runs the receiver next (direct process
// switch), so the scheduler is only asked when a thread blocks with no partner to run.
using System.Runtime;
using System.Runtime.CompilerServices;
using L4.Threads;
using Testbed.Hal;

namespace L4.Scheduling;

public static unsafe class Scheduler
{
    public const int Levels = 256;
    public const uint TickHz = 1000;

    private static Tcb** s_head;
    private static Tcb** s_tail;
    private static int s_highest = -1;      // a bound: no ready thread above it

    public static ulong Ticks;
    public static ulong Preemptions;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_resume")] private static extern void Resume(Tcb* thread);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_set_idle")] private static extern void SetIdle();

    public static void Initialize()
    {
        s_head = (Tcb**)KernelHeap.Allocate(Levels * 8, 8);
        s_tail = (Tcb**)KernelHeap.Allocate(Levels * 8, 8);
    }

    public static void StartPreemption() => Pit.StartPeriodic(TickHz, &OnTick);

    public static void MakeReady(Tcb* t)
    {
        t->State = TcbState.Ready;
        t->Next = null;
        int p = t->Priority;
        if (s_tail[p] == null) s_head[p] = t; else s_tail[p]->Next = t;
        s_tail[p] = t;
        if (p > s_highest) s_highest = p;
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
            q->Next = null;
            return;
        }
    }

    private static Tcb* PickNext()
    {
        for (int p = s_highest; p >= 0; p--)
        {
            Tcb* t = s_head[p];
            if (t == null) continue;
            s_head[p] = t->Next;
            if (s_head[p] == null) s_tail[p] = null;
            t->Next = null;
            s_highest = p;
            return t;
        }
        s_highest = -1;
        return null;
    }

    /// <summary>True if a thread of higher priority than <paramref name="priority"/> is ready.</summary>
    public static bool HigherReady(int priority)
    {
        for (int p = s_highest; p > priority; p--)
            if (s_head[p] != null) return true;
        return false;
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

    // Nothing to run: wait for an interrupt with interrupts on. A handler that makes a
    // thread ready runs it directly (abandoning this loop and its stack); one that does
    // not returns here.
    private static void Idle()
    {
        SetIdle();
        while (true) Cpu.WaitForInterrupt();
    }

    private static void OnTick(InterruptFrame* frame)
    {
        Ticks++;
        Timeouts.Expire(Ticks);
        Tcb* current = ThreadTable.Current;
        if (frame->FromUserMode && current != null)
        {
            // The slice is over: the thread goes to the back of its queue.
            InterruptEntry.Save(current, frame);
            MakeReady(current);
            Preemptions++;
            Reschedule();
        }
        if (current == null && s_highest >= 0) Reschedule();
    }
}
