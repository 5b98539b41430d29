// Finite receive timeouts, in timer ticks: a receiver that waits too long is woken with
// status Timeout. (Timeouts of zero and infinity need no timer: they are decided at once.)
// A driver manager uses this to notice a driver that misses its heartbeat. The fast path
// leaves a thread with a running timeout to the slow path, which cancels it on delivery.

namespace L4Style.Scheduling;

public static unsafe class Timeouts
{
    private static Tcb* s_waiting;

    public static void Add(Tcb* t, ulong wakeTick)
    {
        Cancel(t);
        t->WakeTick = wakeTick;
        t->TimeoutNext = s_waiting;
        s_waiting = t;
    }

    public static void Cancel(Tcb* t)
    {
        if (t->WakeTick == 0) return;
        t->WakeTick = 0;
        Tcb* previous = null;
        for (Tcb* q = s_waiting; q != null; previous = q, q = q->TimeoutNext)
        {
            if (q != t) continue;
            if (previous == null) s_waiting = q->TimeoutNext; else previous->TimeoutNext = q->TimeoutNext;
            q->TimeoutNext = null;
            return;
        }
    }

    public static void Expire(ulong now)
    {
        Tcb* previous = null;
        Tcb* q = s_waiting;
        while (q != null)
        {
            Tcb* next = q->TimeoutNext;
            if (q->WakeTick > now)
            {
                previous = q;
                q = next;
                continue;
            }
            if (previous == null) s_waiting = next; else previous->TimeoutNext = next;
            q->TimeoutNext = null;
            q->WakeTick = 0;
            if (q->State == TcbState.Receiving || q->State == TcbState.Sending)
            {
                if (q->State == TcbState.Sending) Ipc.IpcSlowPath.RemoveFromQueue(q);
                q->Flags = 0;
                q->Regs.Rax = Status.Timeout;
                q->WaitFor = null;
                Scheduler.MakeReady(q);
            }
            q = next;
        }
    }
}
