// net-echo: send checksummed frames of every length from one NIC, receive them on the
// other (the two ends of one QEMU hub), verify each. A frame that does not arrive within
// the timeout is sent again, as a transport protocol would (a NIC reset during a driver
// restart may drop what was in its ring); a retry that also fails counts as an error.
// Counts: done = frames echoed, errors = frames lost for good or failed requests,
// corrupted = frames received with a bad checksum, retries = frames sent again.
using Testbed.Drivers.Requests;

namespace Testbed.Workloads;

public unsafe struct NetEcho<TClient> where TClient : struct, IWorkloadClient
{
    private const int MaxAttempts = 4;

    public TClient Client;
    public ulong Done, Errors, Corrupted, Retries;

    /// <summary>Sends <paramref name="frames"/> frames from device <paramref name="from"/> to <paramref name="to"/>; the buffers hold 1514 bytes.</summary>
    public bool Run(uint from, uint to, uint frames, uint timeoutTicks, byte* sendBuffer, byte* receiveBuffer)
    {
        Done = Errors = Corrupted = Retries = 0;
        for (uint i = 0; i < frames; i++)
        {
            ulong sequence = i + 1;
            uint length = CheckedFrame.LengthFor(sequence);
            CheckedFrame.Build(sendBuffer, sequence, length);
            bool echoed = false;
            for (int attempt = 0; attempt < MaxAttempts && !echoed; attempt++)
            {
                if (attempt > 0) Retries++;
                if (Client.PacketSend(from, sendBuffer, length) != IoStatus.Ok) continue;
                echoed = AwaitFrame(to, sequence, length, timeoutTicks, receiveBuffer);
            }
            if (echoed) Done++; else Errors++;
            if ((i + 1) % 64 == 0 || i + 1 == frames)
                Client.Progress(WorkloadId.NetEcho, Done, Errors, Corrupted, Retries, i + 1 == frames);
        }
        return Errors == 0 && Corrupted == 0;
    }

    // Receives until our frame arrives or the wire goes quiet; older frames (duplicates of
    // a retry) are skipped, a damaged frame is counted.
    private bool AwaitFrame(uint device, ulong sequence, uint length, uint timeoutTicks, byte* buffer)
    {
        while (true)
        {
            if (Client.PacketReceive(device, buffer, PacketRequest.MaxFrame, timeoutTicks, out uint received) != IoStatus.Ok) return false;
            if (!CheckedFrame.IsOurs(buffer, received, out ulong got)) continue;
            if (!CheckedFrame.IsIntact(buffer, received))
            {
                Corrupted++;
                continue;
            }
            if (got == sequence) return received == length;
        }
    }
}
