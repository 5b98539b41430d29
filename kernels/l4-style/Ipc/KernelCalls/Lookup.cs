// Op.Lookup (root only, for the checks): MR0 = task id, MR1 = address -> MR0 = the frame
// behind it (0 if unmapped, or no such task).

namespace L4Style.Ipc.KernelCalls;

public static unsafe class Lookup
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        Task* target = TaskTable.ById(r.Rdi);
        r.Rdi = target == null ? 0 : TaskTable.Spaces[target->Id].Translate(r.Rsi);
        return Status.Ok;
    }
}
