// One entry of SYS_VDEVIO's vector (MINIX 3: pvb_pair_t of sys_voutb, generalised to reads):
// a driver batches the port accesses it would make one by one, so that a device command of
// a dozen register writes is one kernel call, not a dozen. Entries run in order; a read's
// value comes back in Value.
using System.Runtime.InteropServices;

namespace MinixStyle.Abi;

[StructLayout(LayoutKind.Sequential, Size = 8)]
public struct PortAccess
{
    /// <summary>The most entries one call takes (the vector stays inside one 256-byte-aligned block, so inside one page).</summary>
    public const int MaxEntries = 32;
    /// <summary>Flags: not a port but an IRQ line to unmask again (IrqCtlOp.Enable), Port = the line; checked as SYS_IRQCTL checks it.</summary>
    public const byte EnableIrq = 0x80;

    public ushort Port;
    /// <summary>DevIo's Write and width bits, or EnableIrq.</summary>
    public byte Flags;
    public byte Unused;
    public uint Value;
}
