// PCI configuration space from ring 3, through the legacy mechanism #1 ports 0xCF8/0xCFC
// (PCI Local Bus Specification 3.0, 3.2.2.3.2), which the kernel opened for the root task
// in its I/O bitmap: in an L4 system, finding devices is user level's business.
using System.Runtime;
using System.Runtime.CompilerServices;

namespace L4Style.Processes.Root;

public static class Pci
{
    private const ushort Address = 0xCF8, Data = 0xCFC;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_inl")] private static extern uint In32(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_outl")] private static extern void Out32(ushort port, uint value);

    public static uint Read(uint bus, uint device, uint function, uint offset)
    {
        Out32(Address, 0x8000_0000 | bus << 16 | device << 11 | function << 8 | (offset & 0xFC));
        return In32(Data);
    }

    public static void Write(uint bus, uint device, uint function, uint offset, uint value)
    {
        Out32(Address, 0x8000_0000 | bus << 16 | device << 11 | function << 8 | (offset & 0xFC));
        Out32(Data, value);
    }

    /// <summary>
    /// The index-th function with this vendor and device id on bus 0, with I/O space and bus
    /// mastering switched on (its device does DMA); the I/O base in BAR <paramref name="bar"/>
    /// and the interrupt line.
    /// </summary>
    public static bool TryFind(ushort vendor, ushort deviceId, int index, out ushort ioBase, out byte irq, uint bar = 0)
    {
        ioBase = 0;
        irq = 0;
        int seen = 0;
        for (uint device = 0; device < 32; device++)
            for (uint function = 0; function < 8; function++)
            {
                uint id = Read(0, device, function, 0);
                if ((id & 0xFFFF) != vendor || (id >> 16) != deviceId) continue;
                if (seen++ != index) continue;
                uint command = Read(0, device, function, 4);
                Write(0, device, function, 4, (command & 0xFFFF) | 0x5);
                ioBase = (ushort)(Read(0, device, function, 0x10 + 4 * bar) & 0xFFFC);
                irq = (byte)Read(0, device, function, 0x3C);
                return true;
            }
        return false;
    }
}
