// SYS_VDEVIO (MINIX 3: do_vdevio): a vector of port accesses in one kernel call, so that a
// driver pays the trap and the system task's round trip once per device command instead of
// once per register. Every entry is checked (the port against the caller's ranges, an
// EnableIrq line against its lines) before any runs: a refused vector does nothing. The
// vector lies in the caller's memory, inside one 256-byte-aligned block (so one page);
// reads come back in their entries.
using Testbed.Guest.Ports;

namespace MinixStyle.KernelCalls;

public static unsafe class DoVDevIo
{
    public static long Handle(int caller, Message* m)
    {
        ulong address = m->A1, count = m->A2;
        if (count == 0 || count > PortAccess.MaxEntries || (address & 7) != 0 || (address & ~0xFFUL) != ((address + count * 8 - 1) & ~0xFFUL)) return IpcStatus.BadCall;
        var entries = (PortAccess*)UserMemory.Page(caller, address, true, out _);
        if (entries == null) return IpcStatus.BadAddress;
        ref Privileges privileges = ref ProcessTable.Procs[caller].Privileges;
        for (ulong i = 0; i < count; i++)
        {
            byte flags = entries[i].Flags;
            bool allowed = flags == PortAccess.EnableIrq
                ? privileges.MayUseIrq(entries[i].Port) && InterruptNotify.IsOwner(caller, entries[i].Port)
                : (flags & ~(byte)(DevIo.Write | DevIo.DoubleWord | DevIo.Word)) == 0 && (flags >> 1) != 3
                  && privileges.MayUsePorts(entries[i].Port, 1UL << (flags >> 1));
            if (!allowed) return IpcStatus.CallDenied;
        }
        for (ulong i = 0; i < count; i++)
        {
            PortAccess* e = &entries[i];
            switch (e->Flags)
            {
                case PortAccess.EnableIrq: InterruptNotify.Enable(e->Port); break;
                case (byte)(DevIo.Write | DevIo.Byte): PortInstructions.Out8(e->Port, (byte)e->Value); break;
                case (byte)(DevIo.Write | DevIo.Word): PortInstructions.Out16(e->Port, (ushort)e->Value); break;
                case (byte)(DevIo.Write | DevIo.DoubleWord): PortInstructions.Out32(e->Port, e->Value); break;
                case (byte)DevIo.Byte: e->Value = PortInstructions.In8(e->Port); break;
                case (byte)DevIo.Word: e->Value = PortInstructions.In16(e->Port); break;
                default: e->Value = PortInstructions.In32(e->Port); break;
            }
        }
        return IpcStatus.Ok;
    }
}
