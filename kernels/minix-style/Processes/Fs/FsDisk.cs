// FS's blocks in memory and on the disk: the four metadata blocks and the directory are kept
// in memory and written through on every change (so a restarted FS mounts what is on the
// disk, never a half-kept cache), and one buffer for the data. Each is a grant to the disk
// driver (MINIX: FS's buffer cache, handed to the driver by grant); every transfer is a
// block request through BlockDevice, which resubmits it to a restarted driver.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MinixStyle.Processes.Fs;

public static unsafe class FsDisk
{
    /// <summary>The grant ids (and buffer indices) of the kept blocks and the data buffer.</summary>
    public const int Super = 0, InodeBits = 1, ZoneBits = 2, InodeTable = 3, Directory = 4, Data = 5, Buffers = 6;

    [StructLayout(LayoutKind.Sequential, Size = (Buffers + 1) * FsLayout.BlockSize)]
    private struct BufferRoom { }
    [StructLayout(LayoutKind.Sequential, Size = (Buffers + 1) * Grant.Size)]
    private struct TableRoom { }
    private static BufferRoom s_buffers;
    private static TableRoom s_table;
    private static byte* s_first;

    public static byte* Buffer(int id) => s_first + id * FsLayout.BlockSize;

    /// <summary>The grant table: buffer i is grant i to the disk driver.</summary>
    public static void Start()
    {
        s_first = (byte*)(((ulong)Unsafe.AsPointer(ref s_buffers) + FsLayout.BlockSize - 1) & ~(ulong)(FsLayout.BlockSize - 1));
        Grant* table = (Grant*)(((ulong)Unsafe.AsPointer(ref s_table) + Grant.Size - 1) & ~(ulong)(Grant.Size - 1));
        for (int i = 0; i < Buffers; i++) Grants.Make(table, i, BlockDevice.Driver, Buffer(i), FsLayout.BlockSize, Grant.Read | Grant.Write);
        Grants.SetTable(table, Buffers);
        BlockDevice.Bind(table, Buffers);
    }

    public static bool Read(uint block, int buffer) => Transfer(BlockDriverRequest.Read, block, buffer);
    public static bool Write(uint block, int buffer) => Transfer(BlockDriverRequest.Write, block, buffer);

    private static bool Transfer(int type, uint block, int buffer) =>
        block < FsLayout.Blocks && BlockDevice.Request(type, FsLayout.FirstLba + block * (ulong)FsLayout.BlockSectors, FsLayout.BlockSectors, (ulong)buffer) == IoStatus.Ok;

    public static void Zero(int buffer)
    {
        ulong* p = (ulong*)Buffer(buffer);
        for (int i = 0; i < FsLayout.BlockSize / 8; i++) p[i] = 0;
    }
}
