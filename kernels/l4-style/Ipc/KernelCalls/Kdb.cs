// Op.Kdb: MR0 = KdbOp. Ring 3's line to the result channel (Debug/KernelDebug.cs). Open to
// every task, which may report its own figures and progress; verdicts (checks) and the end
// of the run are the root's, and KernelDebug refuses them per sub-call.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class Kdb
{
    public static ulong Handle(Tcb* t, ref Registers r) => KernelDebug.Run(t, t->Task->Privileged != 0);
}
