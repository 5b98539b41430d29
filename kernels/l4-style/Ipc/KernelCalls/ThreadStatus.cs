// Op.ThreadStatus: MR0 = cap slot -> MR0 = the thread's state, MR1 = timer ticks it spent
// in ring 3 since its last system call. Whoever may send to a thread may ask whether it is
// alive (the driver manager's heartbeat).

namespace L4Style.Ipc.KernelCalls;

public static unsafe class ThreadStatus
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        Tcb* thread = r.Rdi < Task.CapSlots ? t->Task->CapTable[r.Rdi] : null;
        if (thread == null) return Status.NoRight;
        r.Rdi = (ulong)thread->State;
        r.Rsi = thread->UserTicks;
        return Status.Ok;
    }
}
