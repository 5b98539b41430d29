// The net-echo workload's client inside a SIP (common/workloads IWorkloadClient): packet
// requests become Send and Receive over the Net contract channel to the network driver
// SIP. If the driver dies the channel closes; the client reconnects to the restarted
// driver and the request fails once (net-echo sends the frame again, as a transport would).
using Contracts;
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Requests;
using Testbed.Workloads;

namespace Singularity.Processes.DriverGlue;

public unsafe struct NetClient : IWorkloadClient, IHaltedClock
{
    public ulong HaltedTicks() => Sip.IdleTsc();

    public const string Path = "/dev/net0";

    public Net.Imp Channel;
    public Net.Imp.Ready State;
    public ulong Reconnects;
    /// <summary>The driver did not come back after it died (its manager gave up): every request fails at once.</summary>
    public bool Lost;
    /// <summary>A recovery run's client: no progress records (its workload is the measurement's, not the boot's).</summary>
    public bool Quiet;
    // One sample per frame: from its send to its successful receive (halted time excluded),
    // comparable to the nooks-style kernel's net.echo.
    public ulong[] Samples;
    public int Count;
    private ulong _sendTsc, _sendIdle;

    public bool Connect()
    {
        for (int attempt = 0; attempt < 5_000; attempt++)
        {
            Channel = Net.Imp.Connect(Path);
            if (Channel != null)
            {
                State = Channel.Begin;
                return true;
            }
            Sip.Sleep(1);
        }
        return false;
    }

    public int PacketSend(uint device, byte* frame, uint length)
    {
        if (Lost) return IoStatus.DriverFailed;
        _sendTsc = Sip.OpenTsc();
        _sendIdle = Sip.IdleTsc();
        ExBlock block = ExBlock.Allocate((int)length);
        if (block.IsNone) return IoStatus.Invalid;
        AppBufferCopy.Copy(block.Payload((int)length), frame, length);
        Net.Imp.SendingMessage reply = State.SendSendAndReceive((int)device, (int)length, block);
        if (!reply.IsSent(out int status, out ExBlock back, out Net.Imp.Ready next)) return Failed();
        State = next;
        if (!back.IsNone) back.Free();
        return status;
    }

    public int PacketReceive(uint device, byte* frame, uint room, uint timeoutTicks, out uint length)
    {
        length = 0;
        if (Lost) return IoStatus.DriverFailed;
        ExBlock block = ExBlock.Allocate((int)PacketRequest.MaxFrame);
        if (block.IsNone) return IoStatus.Invalid;
        Net.Imp.ReceivingMessage reply = State.SendReceiveAndReceive((int)device, (int)timeoutTicks, block);
        if (!reply.IsReceived(out int status, out int received, out ExBlock back, out Net.Imp.Ready next)) return Failed();
        State = next;
        if (status == IoStatus.Ok && (back.IsNone || received > (int)room))
            status = IoStatus.DeviceError;
        else if (status == IoStatus.Ok)
        {
            AppBufferCopy.Copy(frame, back.Payload(received), (ulong)received);
            length = (uint)received;
            if (_sendTsc != 0 && Samples != null && Count < Samples.Length)
                Samples[Count++] = Sip.CloseTsc() - _sendTsc - (Sip.IdleTsc() - _sendIdle);
            _sendTsc = 0;
        }
        if (!back.IsNone) back.Free();
        return status;
    }

    // The driver died with our request: reconnect to its restarted instance.
    private int Failed()
    {
        Reconnects++;
        Channel.Close();
        if (Connect()) return IoStatus.DeviceError;
        Lost = true;
        return IoStatus.DriverFailed;
    }


    public int BlockRead(ulong lba, uint sectors, byte* data) => IoStatus.NoDevice;
    public int BlockWrite(ulong lba, uint sectors, byte* data) => IoStatus.NoDevice;

    public void Progress(WorkloadId workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final)
    {
        if (!Quiet) Sip.Progress((ulong)workload, done, errors, corrupted, retries, final);
    }
}

/// <summary>The net-echo workload (common/workloads) run from a SIP, as a safe call.</summary>
public static unsafe class NetEchoRun
{
    private static byte[] s_send = new byte[PacketRequest.MaxFrame];
    private static byte[] s_receive = new byte[PacketRequest.MaxFrame];

    /// <summary>Sends <paramref name="frames"/> checked frames from NIC 0 to NIC 1; true if every one arrived intact.</summary>
    public static bool Run(uint frames, uint timeoutTicks, out ulong corrupted, out ulong errors, out ulong reconnects)
    {
        var workload = new NetEcho<NetClient>();
        workload.Client.Samples = new ulong[frames];
        corrupted = reconnects = 0;
        errors = 1;
        if (!workload.Client.Connect()) return false;
        bool ok;
        fixed (byte* send = s_send)
        fixed (byte* receive = s_receive)
            ok = workload.Run(0, 1, frames, timeoutTicks, send, receive);
        corrupted = workload.Corrupted;
        errors = workload.Errors;
        reconnects = workload.Client.Reconnects;
        if (!workload.Client.Lost) workload.Client.Channel.Close();
        Sip.Bench("net.echo", workload.Client.Samples, workload.Client.Count,
            "one frame (60-1514 B) sent on NIC 0 and received on NIC 1 through the driver SIP: two requests over the Net channel, copies into and out of exchange blocks; halted time excluded");
        return ok;
    }

    /// <summary>
    /// The same workload for a recovery run (docs/recovery.md): no samples, and the moment its
    /// first successful reply was back reported to the kernel.
    /// </summary>
    public static bool RunRecovery(uint frames, uint timeoutTicks)
    {
        var workload = new NetEcho<FirstReplyStamp<NetClient>>();
        workload.Client.Inner.Quiet = true;
        if (!workload.Client.Inner.Connect()) return false;
        bool ok;
        fixed (byte* send = s_send)
        fixed (byte* receive = s_receive)
            ok = workload.Run(0, 1, frames, timeoutTicks, send, receive);
        Sip.RecoveryReply(workload.Client.Reply);
        if (!workload.Client.Inner.Lost) workload.Client.Inner.Channel.Close();
        return ok;
    }
}
