// The driver benchmarks, defined as nooks-style and singularity define them (so that the
// kernels can be put side by side): a 4 KiB block write and read through the whole stack,
// and one frame sent on NIC 0 and received on NIC 1; here each is IPC to a driver task. The
// rdtsc cost and the time the kernel spent halted waiting for the device are subtracted, as
// in nooks-style. Each is measured on two contracts (common/protocol/BenchDefinitions.cs):
// the copying one the other kernels follow, where the data starts or ends in the client's
// own buffer and is copied to or from the region it shares with the driver inside the window
// (disk.read, disk.write, net.echo: AppBufferCopy, the routine nooks-style's kernel and
// singularity's clients copy with), and the zero-copy one this kernel can do besides, where
// the client works in the shared region itself (*.zero-copy), reported as rows of its own.
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Requests;
using Testbed.Guest.Measure;
using Testbed.Workloads;

namespace L4Style.Processes.Workloads;

public static unsafe class DriverBench
{
    private const ulong BenchLba = 4096;
    private const uint ReceiveTimeoutTicks = 50;
    private const uint BlockBytes = 8 * BlockRequest.SectorSize;

    public static int Run(ulong iterations)
    {
        if (iterations > 2000) iterations = 2000;
        ulong overhead = TscReadCost.Measure();
        var reads = new ulong[iterations];
        var writes = new ulong[iterations];
        var echoes = new ulong[iterations];
        var client = new IpcWorkloadClient();
        byte* block = (byte*)DriverLayout.ClientRegion(DriverKind.Disk);
        byte* send = (byte*)DriverLayout.ClientRegion(DriverKind.Net);
        byte* receive = send + 2048;
        int failures = Disk<ZeroCopy>(client, iterations, overhead, block, block, reads, writes);
        failures += Echo<ZeroCopy>(client, iterations, overhead, send, receive, send, receive, echoes);
        Kdb.Bench("disk.read.zero-copy", reads, (int)iterations, "4 KiB block read into the region shared with the driver task: IPC to it (DMA, IRQ as IPC), no copy; halted time subtracted");
        Kdb.Bench("disk.write.zero-copy", writes, (int)iterations, "4 KiB block write from the region shared with the driver task: IPC to it (DMA, IRQ as IPC), no copy; halted time subtracted");
        Kdb.Bench("net.echo.zero-copy", echoes, (int)iterations, "one frame (60-1514 B) sent on NIC 0 and received on NIC 1 from and into the shared region: two IPCs to the driver task, no copy; halted time subtracted");

        // The client's own buffers for the copying contract: this task's heap, not mapped into the driver.
        var ownBlock = new ulong[BlockBytes / 8];
        var ownSendFrame = new ulong[PacketRequest.MaxFrame / 8 + 1];
        var ownReceiveFrame = new ulong[PacketRequest.MaxFrame / 8 + 1];
        fixed (ulong* own = ownBlock)
            failures += Disk<Copying>(client, iterations, overhead, block, (byte*)own, reads, writes);
        fixed (ulong* ownSend = ownSendFrame, ownReceive = ownReceiveFrame)
            failures += Echo<Copying>(client, iterations, overhead, send, receive, (byte*)ownSend, (byte*)ownReceive, echoes);
        Kdb.Bench("disk.read", reads, (int)iterations, "4 KiB block read into the client's own buffer: IPC to the driver task (DMA, IRQ as IPC), then a copy out of the shared region; halted time subtracted");
        Kdb.Bench("disk.write", writes, (int)iterations, "4 KiB block write from the client's own buffer: a copy into the shared region, then IPC to the driver task (DMA, IRQ as IPC); halted time subtracted");
        Kdb.Bench("net.echo", echoes, (int)iterations, "one frame (60-1514 B) from the client's own buffer sent on NIC 0 and received on NIC 1 into its own buffer: copies to and from the shared region, two IPCs to the driver task; halted time subtracted");
        return failures;
    }

    // The data contract as a type parameter: each loop is compiled once per contract, so the
    // copying loop's window holds the copies and the zero-copy loop's holds nothing in their
    // place (no branch on the contract inside a window). Zero-copy passes the shared region
    // as the client's buffer too.
    private interface IDataContract
    {
        void ToShared(byte* shared, byte* own, ulong bytes);
        void FromShared(byte* own, byte* shared, ulong bytes);
    }

    private struct Copying : IDataContract
    {
        public void ToShared(byte* shared, byte* own, ulong bytes) => AppBufferCopy.Copy(shared, own, bytes);
        public void FromShared(byte* own, byte* shared, ulong bytes) => AppBufferCopy.Copy(own, shared, bytes);
    }

    private struct ZeroCopy : IDataContract
    {
        public void ToShared(byte* shared, byte* own, ulong bytes) { }
        public void FromShared(byte* own, byte* shared, ulong bytes) { }
    }

    // The block is built in the client's buffer; before the read both buffers are cleared
    // (outside the windows), so the check sees data that came back from the disk.
    private static int Disk<TContract>(IpcWorkloadClient client, ulong iterations, ulong overhead, byte* shared, byte* own, ulong[] reads, ulong[] writes)
        where TContract : struct, IDataContract
    {
        int failures = 0;
        for (ulong i = 0; i < iterations; i++)
        {
            ulong lba = BenchLba + i % 64 * 8;
            for (uint s = 0; s < 8; s++) CheckedSector.Build(own + s * 512, i, lba + s);
            ulong h0 = Kernel.HaltedTsc();
            ulong t0 = Tsc.Open();
            default(TContract).ToShared(shared, own, BlockBytes);
            int w = client.BlockWrite(lba, 8, shared);
            ulong t1 = Tsc.Close();
            ulong h1 = Kernel.HaltedTsc();
            Clear(shared, BlockBytes);
            Clear(own, BlockBytes);
            ulong h2 = Kernel.HaltedTsc();
            ulong t2 = Tsc.Open();
            int r = client.BlockRead(lba, 8, shared);
            if (r == IoStatus.Ok) default(TContract).FromShared(own, shared, BlockBytes);
            ulong t3 = Tsc.Close();
            ulong h3 = Kernel.HaltedTsc();
            if (w != IoStatus.Ok || r != IoStatus.Ok || !CheckedSector.IsIntact(own, i, lba)) failures++;
            writes[i] = t1 - t0 - overhead - (h1 - h0);
            reads[i] = t3 - t2 - overhead - (h3 - h2);
        }
        return failures;
    }

    private static int Echo<TContract>(IpcWorkloadClient client, ulong iterations, ulong overhead, byte* sharedSend, byte* sharedReceive,
        byte* ownSend, byte* ownReceive, ulong[] echoes) where TContract : struct, IDataContract
    {
        int failures = 0;
        for (ulong i = 0; i < iterations; i++)
        {
            uint length = CheckedFrame.LengthFor(i + 1);
            CheckedFrame.Build(ownSend, i + 1, length);
            ulong h0 = Kernel.HaltedTsc();
            ulong t0 = Tsc.Open();
            default(TContract).ToShared(sharedSend, ownSend, length);
            int s = client.PacketSend(0, sharedSend, length);
            int r = client.PacketReceive(1, sharedReceive, 1514, ReceiveTimeoutTicks, out uint got);
            if (r == IoStatus.Ok && got <= PacketRequest.MaxFrame) default(TContract).FromShared(ownReceive, sharedReceive, got);
            ulong t1 = Tsc.Close();
            ulong h1 = Kernel.HaltedTsc();
            if (s != IoStatus.Ok || r != IoStatus.Ok || got != length || !CheckedFrame.IsIntact(ownReceive, got)) failures++;
            echoes[i] = t1 - t0 - overhead - (h1 - h0);
        }
        return failures;
    }

    private static void Clear(byte* buffer, ulong bytes)
    {
        for (ulong i = 0; i < bytes / 8; i++) ((ulong*)buffer)[i] = 0;
    }
}
