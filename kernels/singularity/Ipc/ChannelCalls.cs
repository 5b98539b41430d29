// Send and receive, the channel fast path: a SIP calls these directly through the ABI
// table. Send is asynchronous (it queues and wakes the receiver, never waits); receive
// blocks until a message or channel-closed. Sending an exchange block moves its
// ownership to the receiving SIP (paper section 2.3).

namespace Singularity.Ipc;

public static unsafe class ChannelCalls
{
    [RuntimeExport("sing_channel_send_slow")]
    public static long Send(ulong handle, ulong tag, long a0, long a1, long a2, ulong block)
    {
        Sip caller = Scheduler.CurrentSip;
        Endpoint endpoint = Endpoints.Lookup(handle, caller);
        if (endpoint == null) return Refuse(caller, SipFaultKind.BadHandle);
        Channel channel = endpoint.Channel;
        int next = channel.Next(endpoint.Side, tag);
        if (next < 0) return Refuse(caller, SipFaultKind.ContractViolation);
        if (block != 0 && !ExchangeHeap.IsOwnedBy(block, caller.Id)) return Refuse(caller, SipFaultKind.NotOwner);
        Endpoint peer = endpoint.Peer;
        if (peer == null) return AbiSlot.ChannelClosed;
        Message* into = peer.WaiterBuffer;
        if (into != null)
        {
            // The receiver is blocked with an empty queue: hand the message straight over.
            into->Tag = (long)tag;
            into->A0 = a0;
            into->A1 = a1;
            into->A2 = a2;
            into->Block = (long)block;
            peer.WaiterBuffer = null;       // delivered
            Scheduler.MakeReady(peer.Owner.Thread);
        }
        else if (!peer.Enqueue((long)tag, a0, a1, a2, (long)block))
        {
            return AbiSlot.Refused;
        }
        if (block != 0) ExchangeHeap.Transfer(block, peer.Owner.Id);
        channel.State = next;
        return 0;
    }

    [RuntimeExport("sing_channel_receive_slow")]
    public static long Receive(ulong handle, Message* into)
    {
        Sip caller = Scheduler.CurrentSip;
        Endpoint endpoint = Endpoints.Lookup(handle, caller);
        if (endpoint == null) return Refuse(caller, SipFaultKind.BadHandle);
        if (endpoint.Count != 0) return endpoint.Dequeue(into);
        while (true)
        {
            if (endpoint.Peer == null)
            {
                into->Tag = AbiSlot.ChannelClosed;
                into->Block = 0;
                return AbiSlot.ChannelClosed;
            }
            endpoint.WaiterBuffer = into;
            Scheduler.Block();
            if (endpoint.WaiterBuffer == null) return into->Tag;     // a sender delivered it
            endpoint.WaiterBuffer = null;                           // woken by a close: look again
        }
    }

    /// <summary>
    /// Send, then wait for the answer on the same end, in one call: the request/reply of a
    /// client and the reply-and-wait of a service. Ipc/channel_fastpath.S does the common
    /// case (the peer already waits, nothing queued, no exchange block it cannot move) and
    /// comes here for everything else.
    /// </summary>
    [RuntimeExport("sing_channel_call_slow")]
    public static long SendReceive(ulong handle, ulong tag, long a0, long a1, ulong block, Message* into)
    {
        long sent = Send(handle, tag, a0, a1, 0, block);
        if (sent != 0)
        {
            into->Tag = sent;
            into->Block = 0;
            return sent;
        }
        return Receive(handle, into);
    }

    /// <summary>The fast path's thread was woken without a message (its peer closed): receive as usual.</summary>
    [RuntimeExport("sing_channel_resume_slow")]
    private static long ResumeReceive(EndpointCell* cell)
    {
        cell->WaiterBuffer = null;
        return Receive((ulong)cell->Handle, cell->Into);
    }

    // Off the fast path: the caller broke a rule and dies here (Kill does not return).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static long Refuse(Sip caller, long kind)
    {
        SipLifecycle.Kill(caller, kind);
        return AbiSlot.Refused;
    }

    public static void Close(ulong handle)
    {
        Sip caller = Scheduler.CurrentSip;
        Endpoint endpoint = Endpoints.Lookup(handle, caller);
        if (endpoint == null) SipLifecycle.Kill(caller, SipFaultKind.BadHandle);
        Endpoints.Close(endpoint);
    }
}
