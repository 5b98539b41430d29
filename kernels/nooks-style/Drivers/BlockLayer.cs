// Block I/O system calls: the whole path from a ring-3 buffer to the disk driver and back.
// The data is staged in the driver's transfer buffer in both modes (one copy in, one copy
// out, the same count with isolation on and off), so the on/off ratio measures isolation.
using Testbed.Drivers.Requests;

namespace NooksStyle.Drivers;

public static unsafe class BlockLayer
{
    public static LoadedDriver Disk;

    public static long Transfer(uint operation, ulong lba, ulong sectors, ulong userBuffer)
    {
        if (Disk == null || sectors == 0 || sectors > BlockRequest.MaxSectors) return IoStatus.Invalid;
        ulong bytes = sectors * BlockRequest.SectorSize;
        if (!UserMemory.IsValid(userBuffer, bytes)) return IoStatus.Invalid;
        byte* transfer = Disk.Region.Transfer;
        if (operation == BlockOperation.Write) AppBufferCopy.Copy(transfer, (byte*)userBuffer, bytes);

        var request = new BlockRequest { Operation = operation, Sectors = (uint)sectors, Lba = lba, Data = transfer };
        var reply = new BlockReply { Status = IoStatus.DriverFailed };
        if (IsolationManager.Enabled)
        {
            if (!ShadowDriver.Submit(Disk, &request, &reply, &ReplyIsSane, operation == BlockOperation.Write ? (byte*)userBuffer : null, bytes))
                return IoStatus.DriverFailed;
        }
        else
        {
            DriverCalls.Request(Disk, &request, &reply, null);
        }
        // A monolithic kernel trusts its driver's count (that is what bad-return breaks).
        if (reply.Status == IoStatus.Ok && operation == BlockOperation.Read)
            AppBufferCopy.Copy((byte*)userBuffer, transfer, (ulong)reply.Sectors * BlockRequest.SectorSize);
        return reply.Status;
    }

    // The wrapper's check of a block reply: a known status, never more sectors than asked for.
    private static bool ReplyIsSane(void* request, void* reply)
    {
        var r = (BlockReply*)reply;
        uint asked = ((BlockRequest*)request)->Sectors;
        return r->Status <= IoStatus.Ok && r->Status >= IoStatus.DriverFailed && r->Sectors <= asked
               && (r->Status != IoStatus.Ok || r->Sectors == asked);
    }
}
