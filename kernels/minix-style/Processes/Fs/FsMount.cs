// Mounting: the kept blocks read from the disk; a disk without the magic (a fresh one) is
// made a file system first, as mkfs would: the superblock, both bitmaps with the metadata's
// own blocks and the root directory's inode marked, the inodes, the empty root directory.
namespace MinixStyle.Processes.Fs;

public static unsafe class FsMount
{
    /// <summary>True once the kept blocks hold a file system that is on the disk.</summary>
    public static bool Mount(out bool formatted)
    {
        formatted = false;
        if (!FsDisk.Read(FsLayout.SuperBlock, FsDisk.Super)) return false;
        if (((SuperBlockData*)FsDisk.Buffer(FsDisk.Super))->Magic == FsLayout.Magic)
            return FsDisk.Read(FsLayout.InodeBitmap, FsDisk.InodeBits) && FsDisk.Read(FsLayout.ZoneBitmap, FsDisk.ZoneBits)
                && FsDisk.Read(FsLayout.InodeTable, FsDisk.InodeTable) && FsDisk.Read(FsLayout.RootDirectory, FsDisk.Directory);
        formatted = true;
        return Format();
    }

    private static bool Format()
    {
        for (int b = FsDisk.Super; b <= FsDisk.Directory; b++) FsDisk.Zero(b);
        var super = (SuperBlockData*)FsDisk.Buffer(FsDisk.Super);
        super->Magic = FsLayout.Magic;
        super->Blocks = FsLayout.Blocks;
        super->Inodes = FsLayout.Inodes;
        FsTables.Mark(FsDisk.InodeBits, FsLayout.RootInode, true);
        for (uint z = 0; z < FsLayout.FirstDataZone; z++) FsTables.Mark(FsDisk.ZoneBits, (int)z, true);
        Inode* root = FsTables.InodeAt(FsLayout.RootInode);
        root->Used = 1;
        root->Links = 1;
        root->Bytes = FsLayout.BlockSize;
        root->Zones[0] = FsLayout.RootDirectory;
        // The superblock last: a disk with it is a complete file system.
        return FsDisk.Write(FsLayout.InodeBitmap, FsDisk.InodeBits) && FsDisk.Write(FsLayout.ZoneBitmap, FsDisk.ZoneBits)
            && FsDisk.Write(FsLayout.InodeTable, FsDisk.InodeTable) && FsDisk.Write(FsLayout.RootDirectory, FsDisk.Directory)
            && FsDisk.Write(FsLayout.SuperBlock, FsDisk.Super);
    }
}
