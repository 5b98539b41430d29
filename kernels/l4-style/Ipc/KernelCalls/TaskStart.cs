// Op.TaskStart (root only): MR0 = task id. Its first thread, created stopped, becomes ready.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class TaskStart
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        Task* target = TaskTable.ById(r.Rdi);
        Tcb* first = null;
        for (int i = 0; target != null && i < ThreadTable.MaxThreads; i++)
            if (ThreadTable.At(i)->Task == target && ThreadTable.At(i)->State == TcbState.Inactive) { first = ThreadTable.At(i); break; }
        if (first == null) return Status.BadArgument;
        Scheduler.MakeReady(first);
        return Status.Ok;
    }
}
