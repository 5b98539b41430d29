// Op.Whoami: -> MR0 = the caller's thread id, MR1 = its task id.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class Whoami
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        r.Rdi = t->Badge;
        r.Rsi = (ulong)t->Task->Id;
        return Status.Ok;
    }
}
