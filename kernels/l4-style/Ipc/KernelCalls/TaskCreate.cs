// Op.TaskCreate (root only): MR0 = boot module index, MR1 = argument, MR2 = priority,
// MR3 = pager's cap slot (0: the caller), MR4 = 1 to leave it stopped -> MR0 = task id,
// MR1 = its first thread's id, MR2 = the caller's cap slot for that thread.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class TaskCreate
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        Task* task = t->Task;
        Tcb* pager = r.R8 == 0 ? t : task->CapTable[r.R8 & 0xFF];
        if (pager == null) return Status.NoRight;
        Tcb* thread = ThreadLifecycle.CreateTask((int)r.Rdi, r.Rsi, (int)(r.Rdx > 255 ? 255 : r.Rdx), pager, out Task* created);
        if (thread == null) return Status.NoMemory;
        int slot = TaskTable.AddCap(task, thread);
        r.Rdi = (ulong)created->Id;
        r.Rsi = thread->Badge;
        r.Rdx = (ulong)slot;
        // Stopped, the creator can grant rights before the task's first instruction.
        if (r.R9 == 0) Scheduler.MakeReady(thread);
        return Status.Ok;
    }
}
