// How the block client reaches the ATA driver process (common/workloads IWorkloadClient):
// one sendrec per block request, the buffer named by grant 0 of the client's table, which
// covers the client's one block buffer (Grants). A driver that ended answers DeadSource
// (or, once gone, BadEndpoint): the request fails with DriverFailed instead of waiting.
using MinixStyle.Abi;
using MinixStyle.Processes.MinixLib;
using Testbed.Drivers.Requests;
using Testbed.Workloads;

namespace MinixStyle.Processes.BlockBench;

public unsafe struct BlockClient : IWorkloadClient
{
    private static MessageRoom s_room;
    /// <summary>The kernel status of the last sendrec that failed (0 if none did), and of the driver's last copy.</summary>
    public static long LastIpcFailure, LastCopyStatus;

    /// <summary>A request through grant <paramref name="grant"/> (the workloads' buffer must be the one grant 0 covers).</summary>
    public static int Request(int type, ulong lba, uint sectors, ulong grant)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        m->Type = type;
        m->A1 = lba;
        m->A2 = sectors;
        m->A3 = grant;
        long ipc = Ipc.SendRec(Endpoint.AtaDriver, m);
        if (ipc != IpcStatus.Ok)
        {
            LastIpcFailure = ipc;
            return IoStatus.DriverFailed;
        }
        LastCopyStatus = (long)m->A3;
        return m->A2 == sectors || (int)(long)m->A1 != IoStatus.Ok ? (int)(long)m->A1 : IoStatus.DeviceError;
    }

    public int BlockRead(ulong lba, uint sectors, byte* data) => Request(BlockDriverRequest.Read, lba, sectors, 0);
    public int BlockWrite(ulong lba, uint sectors, byte* data) => Request(BlockDriverRequest.Write, lba, sectors, 0);
    public int PacketSend(uint device, byte* frame, uint length) => IoStatus.NoDevice;
    public int PacketReceive(uint device, byte* frame, uint room, uint timeoutTicks, out uint length)
    {
        length = 0;
        return IoStatus.NoDevice;
    }
    public void Progress(WorkloadId workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final) { }
}
