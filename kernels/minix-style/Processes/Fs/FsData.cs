// A file's bytes: block by block through FS's data buffer, the client's data moved by
// SYS_SAFECOPY through the grant it named (MINIX 3: VFS copies with the user's grant). A
// block only partly written is read first; a new zone is allocated at the first write into
// it and the inode (and zone bitmap) written through with it.

namespace MinixStyle.Processes.Fs;

public static unsafe class FsData
{
    public static ulong Read(int client, ulong file, ulong offset, ulong bytes, ulong grant, out ulong done)
    {
        done = 0;
        Inode* n = FsTables.File(file);
        if (n == null) return FsStatus.BadFile;
        if (offset >= n->Bytes) return FsStatus.Ok;
        if (bytes > n->Bytes - offset) bytes = n->Bytes - offset;
        byte* data = FsDisk.Buffer(FsDisk.Data);
        while (done < bytes)
        {
            ulong at = offset + done, inBlock = at % FsLayout.BlockSize, n1 = FsLayout.BlockSize - inBlock;
            if (n1 > bytes - done) n1 = bytes - done;
            uint zone = n->Zones[at / FsLayout.BlockSize];
            if (zone == 0) FsDisk.Zero(FsDisk.Data);
            else if (!FsDisk.Read(zone, FsDisk.Data)) return FsStatus.IoError;
            if (Grants.SafeCopyTo(client, grant, done, data + inBlock, n1) != IpcStatus.Ok) return FsStatus.BadGrant;
            done += n1;
        }
        return FsStatus.Ok;
    }

    public static ulong Write(int client, ulong file, ulong offset, ulong bytes, ulong grant, out ulong done)
    {
        done = 0;
        Inode* n = FsTables.File(file);
        if (n == null) return FsStatus.BadFile;
        if (offset > (ulong)Inode.DirectZones * FsLayout.BlockSize || bytes > (ulong)Inode.DirectZones * FsLayout.BlockSize - offset) return FsStatus.BadRange;
        byte* data = FsDisk.Buffer(FsDisk.Data);
        bool inodeChanged = false, zonesChanged = false;
        while (done < bytes)
        {
            ulong at = offset + done, inBlock = at % FsLayout.BlockSize, n1 = FsLayout.BlockSize - inBlock;
            if (n1 > bytes - done) n1 = bytes - done;
            uint* zone = &n->Zones[at / FsLayout.BlockSize];
            bool whole = inBlock == 0 && n1 == FsLayout.BlockSize;
            if (*zone == 0)
            {
                if ((*zone = FsTables.AllocateZone()) == 0) return FsStatus.NoSpace;
                inodeChanged = zonesChanged = true;
                if (!whole) FsDisk.Zero(FsDisk.Data);
            }
            else if (!whole && !FsDisk.Read(*zone, FsDisk.Data)) return FsStatus.IoError;
            if (Grants.SafeCopyFrom(client, grant, done, data + inBlock, n1) != IpcStatus.Ok) return FsStatus.BadGrant;
            if (!FsDisk.Write(*zone, FsDisk.Data)) return FsStatus.IoError;
            done += n1;
        }
        if (offset + bytes > n->Bytes)
        {
            n->Bytes = offset + bytes;
            inodeChanged = true;
        }
        // The zones the data went to before the inode that points at them.
        if (zonesChanged && !FsTables.WriteThrough(FsLayout.ZoneBitmap, FsDisk.ZoneBits)) return FsStatus.IoError;
        if (inodeChanged && !FsTables.WriteThrough(FsLayout.InodeTable, FsDisk.InodeTable)) return FsStatus.IoError;
        return FsStatus.Ok;
    }
}
