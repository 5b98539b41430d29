namespace Testbed.Drivers.Environment;

/// <summary>Memory a device can reach: where the driver sees it, and what the device is told.</summary>
public unsafe struct DmaBuffer
{
    public byte* Virtual;
    public ulong Physical;
    public uint Size;

    public readonly bool IsValid => Virtual != null && Size != 0;
}
