// Packet system calls: send a frame on a NIC, receive the next frame from one. As for
// blocks, frames are staged in the driver's transfer buffer in both modes.
using Testbed.Drivers.Requests;

namespace NooksStyle.Drivers;

public static unsafe class NetLayer
{
    public static LoadedDriver Nic;

    public static long Send(ulong device, ulong userFrame, ulong length)
    {
        if (Nic == null || length < PacketRequest.MinFrame || length > PacketRequest.MaxFrame || device >= 2) return IoStatus.Invalid;
        if (!UserMemory.IsValid(userFrame, length)) return IoStatus.Invalid;
        byte* transfer = Nic.Region.Transfer;
        AppBufferCopy.Copy(transfer, (byte*)userFrame, length);
        var request = new PacketRequest { Operation = PacketOperation.Send, Device = (uint)device, Length = (uint)length, Data = transfer };
        var reply = new PacketReply { Status = IoStatus.DriverFailed };
        if (!Submit(&request, &reply, (byte*)userFrame, length)) return IoStatus.DriverFailed;
        return reply.Status;
    }

    public static long Receive(ulong device, ulong userBuffer, ulong room, ulong timeoutTicks)
    {
        if (Nic == null || room < PacketRequest.MinFrame || device >= 2 || timeoutTicks > 5000) return IoStatus.Invalid;
        if (room > PacketRequest.MaxFrame) room = PacketRequest.MaxFrame;
        if (!UserMemory.IsValid(userBuffer, room)) return IoStatus.Invalid;
        byte* transfer = Nic.Region.Transfer;
        var request = new PacketRequest { Operation = PacketOperation.Receive, Device = (uint)device, Length = (uint)room, TimeoutTicks = (uint)timeoutTicks, Data = transfer };
        var reply = new PacketReply { Status = IoStatus.DriverFailed };
        if (!Submit(&request, &reply, null, 0)) return IoStatus.DriverFailed;
        if (reply.Status != IoStatus.Ok) return reply.Status;
        // A monolithic kernel trusts its driver's length (that is what bad-return breaks).
        AppBufferCopy.Copy((byte*)userBuffer, transfer, reply.Length);
        return reply.Length;
    }

    private static bool Submit(PacketRequest* request, PacketReply* reply, byte* restage, ulong restageBytes)
    {
        if (IsolationManager.Enabled) return ShadowDriver.Submit(Nic, request, reply, &ReplyIsSane, restage, restageBytes);
        return DriverCalls.Request(Nic, request, reply, null);
    }

    private static bool ReplyIsSane(void* request, void* reply)
    {
        var r = (PacketReply*)reply;
        var q = (PacketRequest*)request;
        return r->Status <= IoStatus.Ok && r->Status >= IoStatus.DriverFailed && r->Length <= q->Length
               && (q->Operation != PacketOperation.Send || r->Status != IoStatus.Ok || r->Length == q->Length);
    }
}
