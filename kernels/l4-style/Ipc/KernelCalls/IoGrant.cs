// Op.IoGrant (root only): MR0 = task id, MR1 = first port, MR2 = count. The ports enter
// the task's TSS I/O bitmap (Drivers/IoPorts.cs; Intel SDM vol. 1, 19.5.2).

namespace L4Style.Ipc.KernelCalls;

public static unsafe class IoGrant
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        Task* target = TaskTable.ById(r.Rdi);
        return target == null || !IoPorts.Grant(target, r.Rsi, r.Rdx) ? Status.BadArgument : Status.Ok;
    }
}
