// The net figure, defined as nooks-style's and l4-style's (common/protocol/BenchDefinitions.cs:
// net.echo.app-buffers): one checked frame (60-1514 bytes) sent on NIC 0 from the client's own
// buffer and received on NIC 1 into its own buffer. Here each is a sendrec to the network
// server, which copies the frame by SYS_SAFECOPY through the client's grant and forwards it
// to the driver process, which copies it again through the server's grant. The rdtsc cost and
// the time the CPU spent halted waiting for the wire (SYS_GETINFO, read outside each window)
// are subtracted, as DiskBench does.
using Testbed.Process;
using Testbed.Workloads;

namespace MinixStyle.Processes.NetBench;

public static unsafe class EchoBench
{
    private const ulong MaxIterations = 2000;
    private const uint ReceiveTimeoutTicks = 50;

    /// <summary>Returns the number of samples whose frame failed or came back wrong.</summary>
    public static int Run(byte* send, byte* receive, ulong iterations, CheckId intact, BenchId bench)
    {
        if (iterations > MaxIterations) iterations = MaxIterations;
        ulong overhead = TscReadCost.Measure();
        var echoes = new ulong[iterations];
        NetClient client = default;
        int failures = 0;
        for (ulong i = 0; i < iterations; i++)
        {
            uint length = CheckedFrame.LengthFor(i + 1);
            CheckedFrame.Build(send, i + 1, length);
            ulong h0 = Halted();
            ulong t0 = Tsc.Open();
            int s = client.PacketSend(0, send, length);
            int r = client.PacketReceive(1, receive, PacketRequest.MaxFrame, ReceiveTimeoutTicks, out uint got);
            ulong t1 = Tsc.Close();
            ulong h1 = Halted();
            if (s != IoStatus.Ok || r != IoStatus.Ok || got != length || !CheckedFrame.IsIntact(receive, got)) failures++;
            echoes[i] = t1 - t0 - overhead - (h1 - h0);
        }
        Diag.Check(intact, failures == 0, (ulong)failures);
        Diag.Bench(bench, echoes, (int)iterations);
        return failures;
    }

    private static ulong Halted()
    {
        Sys.Call(KernelCallNumber.GetInfo, KernelCallNumber.GetInfoHaltedTsc, 0, 0, 0, out ulong halted);
        return halted;
    }
}
