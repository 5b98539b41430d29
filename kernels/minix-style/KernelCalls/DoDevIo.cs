// SYS_DEVIO (MINIX 3: do_devio): a driver has no I/O privilege of its own; every port access
// is this call, checked against the caller's port range before the kernel makes it.
using Testbed.Guest.Ports;

namespace MinixStyle.KernelCalls;

public static unsafe class DoDevIo
{
    public static long Handle(int caller, Message* m)
    {
        ulong port = m->A1, width = (m->A3 >> 1) switch { 0 => 1UL, 1 => 2UL, 2 => 4UL, _ => 0UL };
        if (width == 0) return IpcStatus.BadCall;
        if (!ProcessTable.Procs[caller].Privileges.MayUsePorts(port, width)) return IpcStatus.CallDenied;
        bool write = (m->A3 & DevIo.Write) != 0;
        ushort p = (ushort)port;
        if (write)
        {
            if (width == 1) PortInstructions.Out8(p, (byte)m->A2);
            else if (width == 2) PortInstructions.Out16(p, (ushort)m->A2);
            else PortInstructions.Out32(p, (uint)m->A2);
            return IpcStatus.Ok;
        }
        m->A1 = width == 1 ? PortInstructions.In8(p) : width == 2 ? PortInstructions.In16(p) : PortInstructions.In32(p);
        return IpcStatus.Ok;
    }
}
