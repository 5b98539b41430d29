// Op.Null by the slow path (the fast path answers a plain null call itself, Ipc/ipc_fastpath.S;
// it comes here only with a slow-path flag set): nothing to do.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class NullCall
{
    public static ulong Handle(Tcb* t, ref Registers r) => Status.Ok;
}
