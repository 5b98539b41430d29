// The block request and reply every personality passes to the disk driver, and every
// disk workload's operations turn into. Fixed layout: the same bytes cross a Nooks
// wrapper, a MINIX message grant or an L4 IPC.
using System.Runtime.InteropServices;

namespace Testbed.Drivers.Requests;

public static class BlockOperation
{
    public const uint Read = 1;
    public const uint Write = 2;
}

[StructLayout(LayoutKind.Sequential)]
public unsafe struct BlockRequest
{
    public const int SectorSize = 512;
    /// <summary>The most sectors one request moves (one 4 KiB block).</summary>
    public const uint MaxSectors = 8;

    public uint Operation;
    public uint Sectors;
    public ulong Lba;
    /// <summary>Sectors * 512 bytes the driver reads from (write) or fills (read), in memory the driver may use.</summary>
    public byte* Data;

    public readonly bool IsWellFormed(ulong capacity)
        => (Operation == BlockOperation.Read || Operation == BlockOperation.Write)
           && Sectors >= 1 && Sectors <= MaxSectors && Lba < capacity && Sectors <= capacity - Lba && Data != null;
}

[StructLayout(LayoutKind.Sequential)]
public struct BlockReply
{
    public int Status;
    public uint Sectors;
}
