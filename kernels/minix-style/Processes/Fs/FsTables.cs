// The directory, the inodes and the bitmaps, kept in memory (FsDisk) and written through:
// names to inodes, allocation and release of inodes and zones (MINIX: alloc_inode,
// alloc_zone, free_zone in servers/mfs).

namespace MinixStyle.Processes.Fs;

public static unsafe class FsTables
{
    public static Inode* InodeAt(int n) => (Inode*)FsDisk.Buffer(FsDisk.InodeTable) + n;
    private static DirEntry* Entry(int i) => (DirEntry*)FsDisk.Buffer(FsDisk.Directory) + i;

    public static bool IsSet(int bitmap, int bit) => (FsDisk.Buffer(bitmap)[bit >> 3] & (1 << (bit & 7))) != 0;

    public static void Mark(int bitmap, int bit, bool used)
    {
        byte* b = FsDisk.Buffer(bitmap) + (bit >> 3);
        if (used) *b |= (byte)(1 << (bit & 7));
        else *b &= (byte)~(1 << (bit & 7));
    }

    /// <summary>The inode of a live file, or null.</summary>
    public static Inode* File(ulong file) => file > 0 && file < FsLayout.Inodes && InodeAt((int)file)->Used != 0 ? InodeAt((int)file) : null;

    public static int Find(ulong name)
    {
        for (int i = 0; i < FsLayout.DirectoryEntries; i++)
            if (Entry(i)->Used != 0 && Entry(i)->Name == name) return (int)Entry(i)->Inode;
        return -1;
    }

    public static ulong Create(ulong name, out ulong file)
    {
        file = 0;
        if (name == 0) return FsStatus.BadRequest;
        if (Find(name) >= 0) return FsStatus.Exists;
        int inode = FirstClear(FsDisk.InodeBits, 1, FsLayout.Inodes), slot = -1;
        for (int i = 0; i < FsLayout.DirectoryEntries && slot < 0; i++) if (Entry(i)->Used == 0) slot = i;
        if (inode < 0 || slot < 0) return FsStatus.NoSpace;
        Mark(FsDisk.InodeBits, inode, true);
        Inode* n = InodeAt(inode);
        *n = default;
        n->Used = 1;
        n->Links = 1;
        Entry(slot)->Name = name;
        Entry(slot)->Inode = (uint)inode;
        Entry(slot)->Used = 1;
        file = (ulong)inode;
        // The inode before the entry that names it.
        return WriteThrough(FsLayout.InodeBitmap, FsDisk.InodeBits) && WriteThrough(FsLayout.InodeTable, FsDisk.InodeTable)
            && WriteThrough(FsLayout.RootDirectory, FsDisk.Directory) ? FsStatus.Ok : FsStatus.IoError;
    }

    public static ulong Unlink(ulong name)
    {
        int slot = -1;
        for (int i = 0; i < FsLayout.DirectoryEntries && slot < 0; i++) if (Entry(i)->Used != 0 && Entry(i)->Name == name) slot = i;
        if (slot < 0) return FsStatus.NotFound;
        int inode = (int)Entry(slot)->Inode;
        *Entry(slot) = default;
        Inode* n = InodeAt(inode);
        for (int z = 0; z < Inode.DirectZones; z++) if (n->Zones[z] != 0) Mark(FsDisk.ZoneBits, (int)n->Zones[z], false);
        *n = default;
        Mark(FsDisk.InodeBits, inode, false);
        // The entry first: no name ever points at a freed inode.
        return WriteThrough(FsLayout.RootDirectory, FsDisk.Directory) && WriteThrough(FsLayout.InodeTable, FsDisk.InodeTable)
            && WriteThrough(FsLayout.ZoneBitmap, FsDisk.ZoneBits) && WriteThrough(FsLayout.InodeBitmap, FsDisk.InodeBits) ? FsStatus.Ok : FsStatus.IoError;
    }

    /// <summary>A free zone, marked used (the bitmap written by the caller with the inode), or 0 if the disk is full.</summary>
    public static uint AllocateZone()
    {
        int zone = FirstClear(FsDisk.ZoneBits, (int)FsLayout.FirstDataZone, (int)FsLayout.Blocks);
        if (zone < 0) return 0;
        Mark(FsDisk.ZoneBits, zone, true);
        return (uint)zone;
    }

    public static ulong FreeZones()
    {
        ulong free = 0;
        for (int z = (int)FsLayout.FirstDataZone; z < FsLayout.Blocks; z++) if (!IsSet(FsDisk.ZoneBits, z)) free++;
        return free;
    }

    public static bool WriteThrough(uint block, int buffer) => FsDisk.Write(block, buffer);

    private static int FirstClear(int bitmap, int from, int to)
    {
        for (int i = from; i < to; i++) if (!IsSet(bitmap, i)) return i;
        return -1;
    }
}
