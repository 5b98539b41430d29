// Op.TaskDestroy (root only): MR0 = task id, not the caller's own. Its threads, mappings,
// frames and page tables go (Scheduler/ThreadLifecycle.cs).

namespace L4Style.Ipc.KernelCalls;

public static unsafe class TaskDestroy
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        Task* victim = TaskTable.ById(r.Rdi);
        if (victim == null || victim == t->Task) return Status.BadArgument;
        ThreadLifecycle.DestroyTask(victim);
        return Status.Ok;
    }
}
