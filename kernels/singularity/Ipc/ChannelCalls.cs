// Send and receive, the channel fast path: a SIP calls these directly through the ABI
// table. Send is asynchronous (it queues and wakes the receiver, never waits); receive
// blocks until a message or channel-closed. Sending an exchange block moves its
// ownership to the receiving SIP (paper section 2.3).
using Singularity.Abi;
using Singularity.Memory;
using Singularity.Scheduling;
using Singularity.Sips;
using Testbed.Hal;

namespace Singularity.Ipc;

public static unsafe class ChannelCalls
{
    public static long Send(ulong handle, ulong tag, long a0, long a1, long a2, ulong block)
    {
        Sip caller = Scheduler.CurrentSip;
        Endpoint endpoint = Endpoints.Lookup(handle, caller);
        if (endpoint == null) SipLifecycle.Kill(caller, SipFaultKind.BadHandle);
        Channel channel = endpoint.Channel;
        int next = channel.Next(endpoint.Side, tag);
        if (next < 0) SipLifecycle.Kill(caller, SipFaultKind.ContractViolation);
        if (block != 0 && !ExchangeHeap.IsOwnedBy(block, caller.Id)) SipLifecycle.Kill(caller, SipFaultKind.NotOwner);
        Endpoint peer = endpoint.Peer;
        if (peer == null) return AbiSlot.ChannelClosed;
        Thread waiter = peer.Waiter;
        if (waiter != null)
        {
            // The receiver is blocked with an empty queue: hand the message straight over.
            Message* into = peer.WaiterBuffer;
            into->Tag = (long)tag;
            into->A0 = a0;
            into->A1 = a1;
            into->A2 = a2;
            into->Block = (long)block;
            peer.Delivered = true;
            peer.Waiter = null;
            Scheduler.MakeReady(waiter);
        }
        else if (!peer.Enqueue((long)tag, a0, a1, a2, (long)block))
        {
            return AbiSlot.Refused;
        }
        if (block != 0) ExchangeHeap.Transfer(block, peer.Owner.Id);
        channel.State = next;
        return 0;
    }

    public static long Receive(ulong handle, Message* into)
    {
        Sip caller = Scheduler.CurrentSip;
        Endpoint endpoint = Endpoints.Lookup(handle, caller);
        if (endpoint == null) SipLifecycle.Kill(caller, SipFaultKind.BadHandle);
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
            endpoint.Delivered = false;
            endpoint.Waiter = Thread.Current;
            Scheduler.Block();
            if (endpoint.Delivered) return into->Tag;
        }
    }

    public static void Close(ulong handle)
    {
        Sip caller = Scheduler.CurrentSip;
        Endpoint endpoint = Endpoints.Lookup(handle, caller);
        if (endpoint == null) SipLifecycle.Kill(caller, SipFaultKind.BadHandle);
        Endpoints.Close(endpoint);
    }
}
