// The driver benchmarks, defined as nooks-style defines them (so that the two can be put
// side by side): a 4 KiB block write and read through the whole stack, and one frame sent
// on NIC 0 and received on NIC 1; here each is IPC to a driver task. The rdtsc cost and the
// time the kernel spent halted waiting for the device are subtracted, as in nooks-style.
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Requests;
using Testbed.Workloads;

namespace L4Style.Processes.Workloads;

public static unsafe class DriverBench
{
    private const ulong BenchLba = 4096;
    private const uint ReceiveTimeoutTicks = 50;

    public static int Run(ulong iterations)
    {
        if (iterations > 2000) iterations = 2000;
        ulong overhead = ulong.MaxValue;
        for (int i = 0; i < 16; i++)
        {
            ulong a = Kernel.ReadTsc();
            ulong b = Kernel.ReadTsc();
            if (b - a < overhead) overhead = b - a;
        }
        var reads = new ulong[iterations];
        var writes = new ulong[iterations];
        var echoes = new ulong[iterations];
        var client = new IpcWorkloadClient();
        byte* block = (byte*)DriverLayout.ClientRegion(DriverKind.Disk);
        byte* send = (byte*)DriverLayout.ClientRegion(DriverKind.Net);
        byte* receive = send + 2048;
        int failures = 0;
        for (ulong i = 0; i < iterations; i++)
        {
            ulong lba = BenchLba + i % 64 * 8;
            for (uint s = 0; s < 8; s++) CheckedSector.Build(block + s * 512, i, lba + s);
            ulong h0 = Kernel.HaltedTsc();
            ulong t0 = Kernel.ReadTsc();
            int w = client.BlockWrite(lba, 8, block);
            ulong t1 = Kernel.ReadTsc();
            ulong h1 = Kernel.HaltedTsc();
            ulong t2 = Kernel.ReadTsc();
            int r = client.BlockRead(lba, 8, block);
            ulong t3 = Kernel.ReadTsc();
            ulong h2 = Kernel.HaltedTsc();
            if (w != IoStatus.Ok || r != IoStatus.Ok || !CheckedSector.IsIntact(block, i, lba)) failures++;
            writes[i] = t1 - t0 - overhead - (h1 - h0);
            reads[i] = t3 - t2 - overhead - (h2 - h1);
        }
        for (ulong i = 0; i < iterations; i++)
        {
            uint length = CheckedFrame.LengthFor(i + 1);
            CheckedFrame.Build(send, i + 1, length);
            ulong h0 = Kernel.HaltedTsc();
            ulong t0 = Kernel.ReadTsc();
            int s = client.PacketSend(0, send, length);
            int r = client.PacketReceive(1, receive, 1514, ReceiveTimeoutTicks, out uint got);
            ulong t1 = Kernel.ReadTsc();
            ulong h1 = Kernel.HaltedTsc();
            if (s != IoStatus.Ok || r != IoStatus.Ok || got != length || !CheckedFrame.IsIntact(receive, got)) failures++;
            echoes[i] = t1 - t0 - overhead - (h1 - h0);
        }
        Kdb.Bench("disk.read", reads, (int)iterations, "4 KiB block read: IPC to the driver task (DMA, IRQ as IPC), data in shared memory; halted time subtracted");
        Kdb.Bench("disk.write", writes, (int)iterations, "4 KiB block write: IPC to the driver task (DMA, IRQ as IPC), data in shared memory; halted time subtracted");
        Kdb.Bench("net.echo", echoes, (int)iterations, "one frame (60-1514 B) sent on NIC 0 and received on NIC 1: two IPCs to the driver task; halted time subtracted");
        return failures;
    }
}
