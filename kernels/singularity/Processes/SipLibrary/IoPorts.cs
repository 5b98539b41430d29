// The HAL object for I/O ports: a SIP gets one only for a range its manifest declares (the
// kernel puts the granted ranges into StartInfo: up to two fixed or PCI-device ranges, and
// the I/O BAR of a PCI BAR claim, found on the bus when the SIP started). Each access is
// range-checked here, then it is a plain in/out instruction: the SIP runs in ring 0, so no
// trap is needed.
using System.Runtime;
using System.Runtime.CompilerServices;
using Singularity.Abi;

namespace Singularity.Processes.SipLibrary;

public sealed class IoPorts
{
    internal static ulong GrantedBase, GrantedCount, GrantedBase2, GrantedCount2;
    internal static ulong GrantedPciBase, GrantedPciCount;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_outb")] private static extern void Out8(ushort port, byte value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_inb")] private static extern byte In8(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_outw")] private static extern void Out16(ushort port, ushort value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_inw")] private static extern ushort In16(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_outl")] private static extern void Out32(ushort port, uint value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_inl")] private static extern uint In32(ushort port);

    private readonly ushort _base, _count;

    private IoPorts(ushort portBase, ushort count) { _base = portBase; _count = count; }

    /// <summary>The port range [portBase, portBase+count) if the manifest granted it, else null.</summary>
    public static IoPorts Claim(int portBase, int count)
    {
        if (count <= 0) return null;
        if (!Within(portBase, count, GrantedBase, GrantedCount) && !Within(portBase, count, GrantedBase2, GrantedCount2)
            && !Within(portBase, count, GrantedPciBase, GrantedPciCount)) return null;
        return new IoPorts((ushort)portBase, (ushort)count);
    }

    private static bool Within(int portBase, int count, ulong grantedBase, ulong grantedCount) =>
        grantedCount != 0 && (ulong)portBase >= grantedBase && (ulong)(portBase + count) <= grantedBase + grantedCount;

    /// <summary>The whole range the kernel granted as number <paramref name="index"/> (0 or 1), or null.</summary>
    public static IoPorts Granted(int index)
    {
        ulong portBase = index == 0 ? GrantedBase : GrantedBase2, count = index == 0 ? GrantedCount : GrantedCount2;
        return count == 0 ? null : new IoPorts((ushort)portBase, (ushort)count);
    }

    /// <summary>The I/O BAR the kernel granted for the manifest's PCI BAR claim, or null (none declared, device absent, or withheld).</summary>
    public static IoPorts GrantedBar() =>
        GrantedPciCount == 0 ? null : new IoPorts((ushort)GrantedPciBase, (ushort)GrantedPciCount);

    public int Base => _base;
    public int Count => _count;

    public byte ReadByte(int offset) => In8(Port(offset, 1));
    public void WriteByte(int offset, byte value) => Out8(Port(offset, 1), value);
    public ushort ReadWord(int offset) => In16(Port(offset, 2));
    public void WriteWord(int offset, ushort value) => Out16(Port(offset, 2), value);
    public uint ReadDword(int offset) => In32(Port(offset, 4));
    public void WriteDword(int offset, uint value) => Out32(Port(offset, 4), value);

    private ushort Port(int offset, int width)
    {
        if (offset < 0 || offset + width > _count) Abi.Fault(SipFaultKind.Undeclared);
        return (ushort)(_base + offset);
    }
}
