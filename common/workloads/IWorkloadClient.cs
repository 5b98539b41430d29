// How a workload reaches the block and packet drivers of the personality it runs on.
// Statuses are Testbed.Drivers.Requests.IoStatus values.
namespace Testbed.Workloads;

public unsafe interface IWorkloadClient
{
    int BlockRead(ulong lba, uint sectors, byte* data);
    int BlockWrite(ulong lba, uint sectors, byte* data);
    int PacketSend(uint device, byte* frame, uint length);
    /// <summary>The next frame received on <paramref name="device"/>; its length in <paramref name="length"/>.</summary>
    int PacketReceive(uint device, byte* frame, uint room, uint timeoutTicks, out uint length);
    /// <summary>A progress record: operations done, failed requests, corrupted blocks or frames, retries.</summary>
    void Progress(WorkloadId workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final);
}

public enum WorkloadId : uint
{
    DiskIntegrity = 1,
    NetEcho = 2,
}
