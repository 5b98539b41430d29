// A workload client that notes when its first successful request came back: the end of a
// recovery (docs/recovery.md) is the moment the client holds that reply. It wraps the
// personality's client only in the recovery runs, so the measured request paths of the
// benchmarks (the plain clients) do not carry the check. The counter is read in the
// client's own ring (rdtsc; every kernel leaves CR4.TSD clear) and the halted ticks right
// after it, through the client's own way to ask the kernel; nothing halts between the two
// reads, since the client is running.
using Testbed.Drivers.Requests;
using Testbed.Guest.Measure;

namespace Testbed.Workloads;

/// <summary>A client that can ask its kernel for the counter ticks spent halted so far (IdleClock.Halted).</summary>
public interface IHaltedClock
{
    ulong HaltedTicks();
}

public unsafe struct FirstReplyStamp<TClient> : IWorkloadClient where TClient : struct, IWorkloadClient, IHaltedClock
{
    public TClient Inner;
    /// <summary>The counter and halted ticks when the first successful reply was back with the client (Tsc 0: none yet).</summary>
    public RecoveryStamp Reply;

    public int BlockRead(ulong lba, uint sectors, byte* data) => Note(Inner.BlockRead(lba, sectors, data));

    public int BlockWrite(ulong lba, uint sectors, byte* data) => Note(Inner.BlockWrite(lba, sectors, data));

    public int PacketSend(uint device, byte* frame, uint length) => Note(Inner.PacketSend(device, frame, length));

    public int PacketReceive(uint device, byte* frame, uint room, uint timeoutTicks, out uint length)
        => Note(Inner.PacketReceive(device, frame, room, timeoutTicks, out length));

    public void Progress(WorkloadId workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final)
        => Inner.Progress(workload, done, errors, corrupted, retries, final);

    private int Note(int status)
    {
        if (status == IoStatus.Ok && !Reply.IsSet)
        {
            ulong tsc = Tsc.Read();
            Reply = new RecoveryStamp(tsc, Inner.HaltedTicks());
        }
        return status;
    }
}
