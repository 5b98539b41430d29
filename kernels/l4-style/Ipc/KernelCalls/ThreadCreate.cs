// Op.ThreadCreate: MR0 = rip, MR1 = rsp, MR2 = argument, MR3 = priority -> MR0 = thread id,
// MR1 = the capability slot that names it. A new thread of the caller's own task, ready at once.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class ThreadCreate
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        if (r.Rdi < AddressSpace.UserBase || r.Rdi >= AddressSpace.UserLimit || r.Rsi < AddressSpace.UserBase || r.Rsi > AddressSpace.UserLimit)
            return Status.BadArgument;
        int priority = (int)(r.R8 > 255 ? 255 : r.R8);
        Tcb* thread = ThreadTable.Allocate(t->Task, priority);
        if (thread == null) return Status.NoMemory;
        ThreadTable.SetEntry(thread, r.Rdi, r.Rsi, r.Rdx);
        int slot = TaskTable.AddCap(t->Task, thread);
        r.Rdi = thread->Badge;
        r.Rsi = (ulong)slot;
        Scheduler.MakeReady(thread);
        return Status.Ok;
    }
}
