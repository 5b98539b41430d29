// Op.IrqAttach: MR0 = line. The caller becomes the line's handler: its interrupts arrive as
// messages (Drivers/IrqIpc.cs). Not the root's privilege but a right per line, which the
// root gave with IrqGrant; without it the call is refused like a root-only call.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class IrqAttach
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        if (r.Rdi >= IrqIpc.Lines || (t->Task->IrqRights & (1UL << (int)r.Rdi)) == 0) return Status.NotPrivileged;
        return IrqIpc.Attach(t, (int)r.Rdi) ? Status.Ok : Status.BadArgument;
    }
}
