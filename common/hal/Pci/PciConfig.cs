// PCI configuration space through configuration mechanism #1 (ports 0xCF8 address,
// 0xCFC data): PCI Local Bus Specification 3.0, 3.2.2.3.2. Enough for a kernel to find a
// device by vendor and device id, read its I/O BAR and interrupt line, and let it master
// the bus (DMA). Drivers get the resources from their kernel, not from this class.
using Testbed.Guest.Ports;

namespace Testbed.Hal;

public readonly struct PciAddress
{
    public readonly byte Bus, Device, Function;

    public PciAddress(byte bus, byte device, byte function)
    {
        Bus = bus;
        Device = device;
        Function = function;
    }
}

public static class PciConfig
{
    private const ushort AddressPort = 0xCF8, DataPort = 0xCFC;
    public const int CommandRegister = 0x04, Bar0 = 0x10, InterruptLineRegister = 0x3C;
    public const ushort CommandIoSpace = 1 << 0, CommandBusMaster = 1 << 2;

    public static uint Read(PciAddress device, int offset)
    {
        PortInstructions.Out32(AddressPort, AddressOf(device, offset));
        return PortInstructions.In32(DataPort);
    }

    public static void Write(PciAddress device, int offset, uint value)
    {
        PortInstructions.Out32(AddressPort, AddressOf(device, offset));
        PortInstructions.Out32(DataPort, value);
    }

    /// <summary>The <paramref name="index"/>-th (from 0) function with this vendor and device id, scanning bus 0..255.</summary>
    public static bool TryFind(ushort vendor, ushort deviceId, int index, out PciAddress found)
    {
        uint wanted = ((uint)deviceId << 16) | vendor;
        for (int bus = 0; bus < 256; bus++)
            for (int device = 0; device < 32; device++)
                for (int function = 0; function < 8; function++)
                {
                    var address = new PciAddress((byte)bus, (byte)device, (byte)function);
                    uint id = Read(address, 0);
                    if (id == 0xFFFF_FFFF)
                    {
                        if (function == 0) break;   // no device here at all
                        continue;
                    }
                    if (id == wanted && index-- == 0)
                    {
                        found = address;
                        return true;
                    }
                    // Single-function devices (header type bit 7 clear) answer on function 0 only.
                    if (function == 0 && (Read(address, 0x0C) & 0x0080_0000) == 0) break;
                }
        found = default;
        return false;
    }

    /// <summary>The I/O port base of an I/O-space BAR (bit 0 set), or 0 if it is a memory BAR.</summary>
    public static ushort IoBase(PciAddress device, int barIndex)
    {
        uint bar = Read(device, Bar0 + barIndex * 4);
        return (bar & 1) != 0 ? (ushort)(bar & 0xFFFC) : (ushort)0;
    }

    /// <summary>
    /// How many ports an I/O-space BAR decodes (0 for a memory BAR): the standard sizing
    /// probe (PCI 3.0, 6.2.5.1), all ones written with decoding off, the BAR restored after.
    /// </summary>
    public static uint IoSize(PciAddress device, int barIndex)
    {
        int offset = Bar0 + barIndex * 4;
        uint bar = Read(device, offset);
        if ((bar & 1) == 0) return 0;
        uint command = Read(device, CommandRegister) & 0xFFFF;     // not the status half: its bits clear when written as 1
        Write(device, CommandRegister, command & ~(uint)CommandIoSpace);
        Write(device, offset, 0xFFFF_FFFF);
        uint mask = Read(device, offset) & 0xFFFC;
        Write(device, offset, bar);
        Write(device, CommandRegister, command);
        return mask == 0 ? 0 : 0x1_0000 - mask;
    }

    public static byte InterruptLine(PciAddress device) => (byte)Read(device, InterruptLineRegister);

    /// <summary>Lets the device decode its I/O ports and master the bus (DMA).</summary>
    public static void EnableIoAndBusMastering(PciAddress device)
    {
        uint command = Read(device, CommandRegister);
        Write(device, CommandRegister, command | CommandIoSpace | CommandBusMaster);
    }

    private static uint AddressOf(PciAddress device, int offset)
        => 0x8000_0000u | ((uint)device.Bus << 16) | ((uint)device.Device << 11) | ((uint)device.Function << 8) | ((uint)offset & 0xFC);
}
