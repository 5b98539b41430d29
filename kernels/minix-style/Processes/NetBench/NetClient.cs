// How the net client reaches the network server (common/workloads IWorkloadClient): one
// sendrec per packet request, the frame named by a grant of the client's table to the
// server: grant 0 over its send buffer (read), grant 1 over its receive buffer (written). A
// driver restart is the server's to hide (it resends); the client sees only frames.
using Testbed.Workloads;

namespace MinixStyle.Processes.NetBench;

public unsafe struct NetClient : IWorkloadClient
{
    public const ulong SendGrant = 0, ReceiveGrant = 1;
    private static MessageRoom s_room;

    public int PacketSend(uint device, byte* frame, uint length) => Request(PacketDriverRequest.Send, device, length, SendGrant, 0, out _);

    public int PacketReceive(uint device, byte* frame, uint room, uint timeoutTicks, out uint length) =>
        Request(PacketDriverRequest.Receive, device, room, ReceiveGrant, timeoutTicks, out length);

    private static int Request(int type, uint device, uint length, ulong grant, uint timeoutTicks, out uint moved)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        *m = default;
        m->Type = type;
        m->A1 = device;
        m->A2 = length;
        m->A3 = grant;
        m->A4 = timeoutTicks;
        moved = 0;
        if (Ipc.SendRec(Endpoint.NetServer, m) != IpcStatus.Ok) return IoStatus.DriverFailed;
        moved = (uint)m->A2;
        return (int)(long)m->A1;
    }

    /// <summary>The server's count of requests it resent to a restarted driver.</summary>
    public static ulong ServerResent()
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        *m = default;
        m->Type = PacketDriverRequest.Resent;
        return Ipc.SendRec(Endpoint.NetServer, m) == IpcStatus.Ok ? m->A1 : 0;
    }

    public int BlockRead(ulong lba, uint sectors, byte* data) => IoStatus.NoDevice;
    public int BlockWrite(ulong lba, uint sectors, byte* data) => IoStatus.NoDevice;
    public void Progress(WorkloadId workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final) { }
}
