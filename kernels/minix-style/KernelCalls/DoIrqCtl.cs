// SYS_IRQCTL (MINIX 3: do_irqctl): attach one of the caller's IRQ lines, so that its
// interrupts become notifications; enable it again after each; disable it.
namespace MinixStyle.KernelCalls;

public static unsafe class DoIrqCtl
{
    public static long Handle(int caller, Message* m)
    {
        ulong line = m->A2;
        if (!ProcessTable.Procs[caller].Privileges.MayUseIrq(line)) return IpcStatus.CallDenied;
        int l = (int)line;
        switch (m->A1)
        {
            case IrqCtlOp.Attach:
                return InterruptNotify.Attach(caller, l) ? IpcStatus.Ok : IpcStatus.BadCall;
            case IrqCtlOp.Enable:
                if (!InterruptNotify.IsOwner(caller, l)) return IpcStatus.CallDenied;
                InterruptNotify.Enable(l);
                return IpcStatus.Ok;
            case IrqCtlOp.Disable:
                if (!InterruptNotify.IsOwner(caller, l)) return IpcStatus.CallDenied;
                InterruptNotify.Disable(l);
                return IpcStatus.Ok;
        }
        return IpcStatus.BadCall;
    }
}
