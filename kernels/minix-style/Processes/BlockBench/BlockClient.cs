// The raw block client's view of the ATA driver for the shared workloads (common/workloads
// IWorkloadClient): every block request goes through BlockDevice, which resubmits it to a
// restarted driver; the data is in the one buffer grant 0 of the client's table covers.
using Testbed.Workloads;

namespace MinixStyle.Processes.BlockBench;

public unsafe struct BlockClient : IWorkloadClient
{
    public int BlockRead(ulong lba, uint sectors, byte* data) => BlockDevice.Request(BlockDriverRequest.Read, lba, sectors, 0);
    public int BlockWrite(ulong lba, uint sectors, byte* data) => BlockDevice.Request(BlockDriverRequest.Write, lba, sectors, 0);
    public int PacketSend(uint device, byte* frame, uint length) => IoStatus.NoDevice;
    public int PacketReceive(uint device, byte* frame, uint room, uint timeoutTicks, out uint length)
    {
        length = 0;
        return IoStatus.NoDevice;
    }
    public void Progress(WorkloadId workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final) { }
}
