// The disk and file figures: a 4 KiB block written from and read into the client's own
// buffer, through whatever TClient reaches (the raw block device: disk.read.4k.to-app-buffer
// and disk.write.4k.from-app-buffer, defined as nooks-style's; FS's files: file.read and
// file.write), the data crossing by SYS_SAFECOPY through the client's grant. The rdtsc cost
// and the time the CPU spent halted waiting for the disk (SYS_GETINFO, read outside each
// window) are subtracted, as l4-style's DriverBench does.
using Testbed.Process;
using Testbed.Workloads;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class WriteReadBench
{
    private const ulong MaxIterations = 2000;

    /// <summary>
    /// Sample i writes and reads block <paramref name="firstLba"/> + (i % <paramref name="blocks"/>) * 8.
    /// Returns the number of samples whose request failed or whose data came back wrong.
    /// </summary>
    public static int Run<TClient>(byte* block, ulong iterations, ulong firstLba, ulong blocks, CheckId intact, BenchId read, BenchId write)
        where TClient : struct, IWorkloadClient
    {
        if (iterations > MaxIterations) iterations = MaxIterations;
        ulong overhead = TscReadCost.Measure();
        var reads = new ulong[iterations];
        var writes = new ulong[iterations];
        TClient client = default;
        int failures = 0;
        for (ulong i = 0; i < iterations; i++)
        {
            ulong lba = firstLba + i % blocks * 8;
            for (uint s = 0; s < 8; s++) CheckedSector.Build(block + s * 512, i, lba + s);
            ulong h0 = Halted();
            ulong t0 = Tsc.Open();
            int w = client.BlockWrite(lba, 8, block);
            ulong t1 = Tsc.Close();
            ulong h1 = Halted();
            for (uint k = 0; k < 4096 / 8; k++) ((ulong*)block)[k] = 0;
            ulong h2 = Halted();
            ulong t2 = Tsc.Open();
            int r = client.BlockRead(lba, 8, block);
            ulong t3 = Tsc.Close();
            ulong h3 = Halted();
            bool same = true;
            for (uint s = 0; s < 8; s++) same &= CheckedSector.IsIntact(block + s * 512, i, lba + s);
            if (w != IoStatus.Ok || r != IoStatus.Ok || !same) failures++;
            writes[i] = t1 - t0 - overhead - (h1 - h0);
            reads[i] = t3 - t2 - overhead - (h3 - h2);
        }
        Diag.Check(intact, failures == 0, (ulong)failures);
        Diag.Bench(read, reads, (int)iterations);
        Diag.Bench(write, writes, (int)iterations);
        return failures;
    }

    private static ulong Halted()
    {
        Sys.Call(KernelCallNumber.GetInfo, KernelCallNumber.GetInfoHaltedTsc, 0, 0, 0, out ulong halted);
        return halted;
    }
}
