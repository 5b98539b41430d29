// Op.CapInstall (root only): MR0 = task id, MR1 = slot (not 0), MR2 = thread id (0 clears
// the slot). The right to send to a thread, given to a task (seL4-style capabilities).

namespace L4Style.Ipc.KernelCalls;

public static unsafe class CapInstall
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        Task* target = TaskTable.ById(r.Rdi);
        Tcb* thread = r.Rdx == 0 ? null : ThreadTable.ById(r.Rdx);
        if (target == null || r.Rsi == 0 || r.Rsi >= Task.CapSlots || (r.Rdx != 0 && (thread == null || thread->State == TcbState.Free)))
            return Status.BadArgument;
        target->CapTable[r.Rsi] = thread;
        return Status.Ok;
    }
}
