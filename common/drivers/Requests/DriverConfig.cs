// What a driver is told when it starts: its devices' resources (found by the kernel's bus
// scan, or granted by a manifest) and its fault plan; and what it answers. The start call
// is a configuration call: a shadow driver logs it and replays it after a restart.
using System.Runtime.InteropServices;
using Testbed.Drivers.Faults;

namespace Testbed.Drivers.Requests;

[StructLayout(LayoutKind.Sequential)]
public struct DeviceResources
{
    public ushort IoBase;
    public ushort ControlBase;   // ATA: the control block (0x3F6); otherwise 0
    /// <summary>ATA: the channel's bus-master DMA registers (PCI IDE BAR4); 0 for PIO only.</summary>
    public ushort BusMasterBase;
    public byte Irq;
}

[StructLayout(LayoutKind.Sequential)]
public struct DriverConfig
{
    public const int MaxDevices = 2;
    public uint DeviceCount;
    public DeviceResources Device0;
    public DeviceResources Device1;
    public FaultPlan Faults;

    public readonly DeviceResources Device(uint index) => index == 0 ? Device0 : Device1;
}

[StructLayout(LayoutKind.Sequential)]
public unsafe struct DriverInfo
{
    public int Status;
    /// <summary>Block devices: sectors.</summary>
    public ulong Capacity;
    /// <summary>Network devices: the MAC address of device 0 (bytes 0-5) and device 1 (6-11).</summary>
    public fixed byte Mac[12];
}
