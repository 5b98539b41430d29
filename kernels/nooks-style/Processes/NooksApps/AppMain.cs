// The apps process: runs one workload or the benchmarks, chosen by its start argument.
using System.Runtime;
using NooksStyle.Abi;
using Testbed.Drivers.Requests;
using Testbed.Guest.Measure;
using Testbed.Process;
using Testbed.Workloads;

namespace NooksStyle.Processes.NooksApps;

public static unsafe class AppMain
{
    private const uint ReceiveTimeoutTicks = 50;
    private const ulong BenchLba = 4096;
    private static BlockBuffer s_block;
    private static FrameBuffer s_send, s_receive;

    private struct BlockBuffer { public fixed byte Bytes[4096]; }
    private struct FrameBuffer { public fixed byte Bytes[1536]; }

    [RuntimeExport("tb_process_exit")]
    private static void Exit(int code)
    {
        Syscall.Invoke(NooksCalls.Exit, (ulong)code);
    }

    [RuntimeExport("tb_runtime_fault")]
    private static void RuntimeFault(int kind) => Exit(100 + kind);

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        ulong mode = argument & 0xFF;
        ulong parameter = argument >> 8;
        fixed (byte* block = s_block.Bytes)
        fixed (byte* send = s_send.Bytes)
        fixed (byte* receive = s_receive.Bytes)
        {
            switch (mode)
            {
                case NooksCalls.ModeDiskIntegrity:
                    var disk = new DiskIntegrity<SyscallClient>();
                    return disk.Run(0, (uint)(parameter & 0xFFFF), (uint)((parameter >> 16) & 0xFF), block) ? 0 : 1;
                case NooksCalls.ModeNetEcho:
                    var net = new NetEcho<SyscallClient>();
                    return net.Run(0, 1, (uint)parameter, ReceiveTimeoutTicks, send, receive) ? 0 : 1;
                case NooksCalls.ModeBench:
                    return Bench(parameter, block, send, receive);
                case NooksCalls.ModeDiskRecovery:
                    var stampedDisk = new DiskIntegrity<FirstReplyStamp<SyscallClient>>();
                    bool diskOk = stampedDisk.Run(0, (uint)(parameter & 0xFFFF), (uint)((parameter >> 16) & 0xFF), block);
                    Syscall.Invoke(NooksCalls.RecoveryReply, stampedDisk.Client.Reply.Tsc, stampedDisk.Client.Reply.Halted);
                    return diskOk ? 0 : 1;
                case NooksCalls.ModeNetRecovery:
                    var stampedNet = new NetEcho<FirstReplyStamp<SyscallClient>>();
                    bool netOk = stampedNet.Run(0, 1, (uint)parameter, ReceiveTimeoutTicks, send, receive);
                    Syscall.Invoke(NooksCalls.RecoveryReply, stampedNet.Client.Reply.Tsc, stampedNet.Client.Reply.Halted);
                    return netOk ? 0 : 1;
            }
        }
        return 2;
    }

    // Each sample is one complete operation as an application sees it, rdtsc cost subtracted,
    // and the time the kernel spent halted waiting for the device subtracted too: under
    // icount with sleep=off a halt jumps the clock to the next timer tick (host-timed, not
    // work), so what remains is the instructions the CPU retired for the operation. Every
    // result is checked after its window (status, data intact), each benchmark's wrong ones
    // counted in a static (a local more would change the loops' registers, inside the
    // windows too) and sent to the kernel after its loop (BenchReplies: the checks
    // bench.<name>.replies); the null call returns nothing to check.
    private static ulong s_wrongWrites, s_wrongReads, s_wrongEchoes;

    private static int Bench(ulong iterations, byte* block, byte* send, byte* receive)
    {
        ulong overhead = TscReadCost.Measure();
        var client = new SyscallClient();
        int failures = 0;
        s_wrongWrites = s_wrongReads = s_wrongEchoes = 0;
        for (ulong i = 0; i < iterations; i++)
        {
            ulong t0 = Tsc.Open();
            Syscall.Invoke(NooksCalls.Null);
            ulong t1 = Tsc.Close();
            Syscall.Invoke(NooksCalls.Sample, NooksCalls.BenchNull, t1 - t0 - overhead);
        }
        for (ulong i = 0; i < iterations; i++)
        {
            ulong lba = BenchLba + i % 64 * 8;
            for (uint s = 0; s < 8; s++) CheckedSector.Build(block + s * 512, i, lba + s);
            ulong idle0 = Syscall.Invoke(NooksCalls.IdleTime);
            ulong t0 = Tsc.Open();
            int w = client.BlockWrite(lba, 8, block);
            ulong t1 = Tsc.Close();
            ulong idle1 = Syscall.Invoke(NooksCalls.IdleTime);
            ulong t2 = Tsc.Open();
            int r = client.BlockRead(lba, 8, block);
            ulong t3 = Tsc.Close();
            ulong idle2 = Syscall.Invoke(NooksCalls.IdleTime);
            bool readOk = r == IoStatus.Ok && CheckedSector.IsIntact(block, i, lba);
            if (w != IoStatus.Ok || !readOk) failures++;
            if (w != IoStatus.Ok) s_wrongWrites++;
            if (!readOk) s_wrongReads++;
            Syscall.Invoke(NooksCalls.Sample, NooksCalls.BenchBlockWrite, t1 - t0 - overhead - (idle1 - idle0));
            Syscall.Invoke(NooksCalls.Sample, NooksCalls.BenchBlockRead, t3 - t2 - overhead - (idle2 - idle1));
        }
        Syscall.Invoke(NooksCalls.BenchReplies, NooksCalls.BenchBlockWrite, s_wrongWrites);
        Syscall.Invoke(NooksCalls.BenchReplies, NooksCalls.BenchBlockRead, s_wrongReads);
        for (ulong i = 0; i < iterations; i++)
        {
            uint length = CheckedFrame.LengthFor(i + 1);
            CheckedFrame.Build(send, i + 1, length);
            ulong idle0 = Syscall.Invoke(NooksCalls.IdleTime);
            ulong t0 = Tsc.Open();
            int s = client.PacketSend(0, send, length);
            int r = client.PacketReceive(1, receive, 1514, ReceiveTimeoutTicks, out uint got);
            ulong t1 = Tsc.Close();
            ulong idle1 = Syscall.Invoke(NooksCalls.IdleTime);
            if (s != IoStatus.Ok || r != IoStatus.Ok || got != length || !CheckedFrame.IsIntact(receive, got))
            {
                failures++;
                s_wrongEchoes++;
            }
            Syscall.Invoke(NooksCalls.Sample, NooksCalls.BenchPacketEcho, t1 - t0 - overhead - (idle1 - idle0));
        }
        Syscall.Invoke(NooksCalls.BenchReplies, NooksCalls.BenchPacketEcho, s_wrongEchoes);
        return failures;
    }
}
