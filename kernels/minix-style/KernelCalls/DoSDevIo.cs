// SYS_SDEVIO (MINIX 3: do_sdevio): string port I/O for a driver (rep insw / rep outsw, Intel
// SDM vol. 2B INS/OUTS), straight to or from a buffer in the caller's memory: the port must
// be in the caller's ranges, and every page of the buffer present user memory of the
// caller, writable for input. Words only (ATA PIO data), at most 4 KiB a call.
using Testbed.Guest.Ports;

namespace MinixStyle.KernelCalls;

public static unsafe class DoSDevIo
{
    public static long Handle(int caller, Message* m)
    {
        ulong port = m->A1, address = m->A2, words = m->A4;
        if ((m->A3 & ~DevIo.Write) != DevIo.Word || words == 0 || words > 2048 || (address & 1) != 0) return IpcStatus.BadCall;
        if (address >= AddressSpace.UserLimit) return IpcStatus.BadAddress;
        if (!ProcessTable.Procs[caller].Privileges.MayUsePorts(port, 2)) return IpcStatus.CallDenied;
        bool input = (m->A3 & DevIo.Write) == 0;
        for (ulong at = address, end = address + words * 2; at < end; )
            if (UserMemory.Page(caller, at, input, out ulong room) == null) return IpcStatus.BadAddress;
            else at += room;
        for (ulong at = address, end = address + words * 2; at < end; )
        {
            byte* buffer = UserMemory.Page(caller, at, input, out ulong room);
            int n = (int)((end - at < room ? end - at : room) / 2);
            if (input) PortInstructions.In16String((ushort)port, buffer, n);
            else PortInstructions.Out16String((ushort)port, buffer, n);
            at += (ulong)n * 2;
        }
        return IpcStatus.Ok;
    }
}
