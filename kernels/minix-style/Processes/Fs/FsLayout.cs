// The file system on the disk (after MINIX's V1 file system, Tanenbaum & Woodhull, Operating
// Systems: Design and Implementation, 3rd ed., section 5.6: a superblock, an inode bitmap, a
// zone bitmap, the inodes, then the zones; here a zone is one 4 KiB block and there is one
// flat directory, the root, inode 0). It lives in the second half of the 8 MiB disk, above
// the raw block client's blocks.
using System.Runtime.InteropServices;

namespace MinixStyle.Processes.Fs;

public static class FsLayout
{
    public const ulong FirstLba = 8192;
    public const int BlockSize = 4096, BlockSectors = BlockSize / 512;
    public const uint Blocks = 1024;
    public const int Inodes = 64;
    public const ulong Magic = 0x3130_5346_584D_4E4D;     // "MNMXFS01"

    // Where each part starts (in blocks).
    public const uint SuperBlock = 0, InodeBitmap = 1, ZoneBitmap = 2, InodeTable = 3, RootDirectory = 4, FirstDataZone = 5;
    public const int RootInode = 0;
    public const int DirectoryEntries = BlockSize / DirEntry.Size;
}

[StructLayout(LayoutKind.Sequential)]
public struct SuperBlockData
{
    public ulong Magic;
    public uint Blocks, Inodes;
}

/// <summary>An inode (MINIX: d_inode): the size and up to 12 direct zones, so a file holds at most 48 KiB.</summary>
[StructLayout(LayoutKind.Sequential, Size = Size)]
public unsafe struct Inode
{
    public const int Size = 64, DirectZones = 12;
    public ulong Bytes;
    public uint Used, Links;
    public fixed uint Zones[DirectZones];
}

/// <summary>A directory entry: the name (8 ASCII bytes, DsKey.Of) and its inode.</summary>
[StructLayout(LayoutKind.Sequential, Size = Size)]
public struct DirEntry
{
    public const int Size = 16;
    public ulong Name;
    public uint Inode, Used;
}
