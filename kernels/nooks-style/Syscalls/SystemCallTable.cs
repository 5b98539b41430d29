// The single entry for nooks-style's system calls (see NooksCalls for the numbers).
using Testbed.Drivers.Requests;

namespace NooksStyle.Syscalls;

public static unsafe class SystemCallTable
{
    public static void Install() => SystemCalls.SetHandler(&Dispatch);

    private static ulong Dispatch(ulong number, ulong a1, ulong a2, ulong a3, ulong a4, ulong a5)
    {
        switch (number)
        {
            case NooksCalls.Null: return 0;
            case NooksCalls.BlockRead: return (ulong)BlockLayer.Transfer(BlockOperation.Read, a1, a2, a3);
            case NooksCalls.BlockWrite: return (ulong)BlockLayer.Transfer(BlockOperation.Write, a1, a2, a3);
            case NooksCalls.PacketSend: return (ulong)NetLayer.Send(a1, a2, a3);
            case NooksCalls.PacketReceive: return (ulong)NetLayer.Receive(a1, a2, a3, a4);
            case NooksCalls.Progress: WorkloadReports.Progress(a1, a2, a3, a4, a5); return 0;
            case NooksCalls.Sample: BenchSamples.Add(a1, a2); return 0;
            case NooksCalls.IdleTime: return IdleClock.Halted;
            case NooksCalls.RecoveryReply: Isolation.RecoveryStamps.Reply = new Testbed.Guest.Measure.RecoveryStamp(a1, a2); return 0;
            case NooksCalls.BenchReplies: BenchSamples.SetWrongReplies(a1, a2); return 0;
            case NooksCalls.Exit: ProcessRunner.ExitCurrent((int)a1); return 0;
        }
        return unchecked((ulong)(long)IoStatus.Invalid);
    }
}
