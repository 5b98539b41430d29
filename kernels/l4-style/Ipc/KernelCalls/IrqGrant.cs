// Op.IrqGrant (root only): MR0 = task id, MR1 = interrupt line. The task may then attach
// one of its threads to the line (IrqAttach).

namespace L4Style.Ipc.KernelCalls;

public static unsafe class IrqGrant
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        Task* target = TaskTable.ById(r.Rdi);
        if (target == null || r.Rsi >= IrqIpc.Lines) return Status.BadArgument;
        target->IrqRights |= 1UL << (int)r.Rsi;
        return Status.Ok;
    }
}
