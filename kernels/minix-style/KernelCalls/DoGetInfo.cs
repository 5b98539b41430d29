// SYS_GETINFO (MINIX 3: do_getinfo): what the kernel knows about the caller, and the time the
// CPU spent halted (what a measurement across a device wait subtracts).
namespace MinixStyle.KernelCalls;

public static unsafe class DoGetInfo
{
    public static long Handle(int caller, Message* m)
    {
        if (m->A1 == KernelCallNumber.GetInfoHaltedTsc)
        {
            m->A1 = IdleClock.Halted;
            return IpcStatus.Ok;
        }
        if (m->A1 != KernelCallNumber.GetInfoWhoAmI) return IpcStatus.BadCall;
        m->A1 = (ulong)(long)ProcessTable.Procs[caller].Endpoint;
        m->A2 = (ulong)ProcessTable.Procs[caller].Priority;
        return IpcStatus.Ok;
    }
}
