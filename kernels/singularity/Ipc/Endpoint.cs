// One end of a channel: held by exactly one SIP, with the queue of messages sent to it
// (asynchronous sends never wait for the receiver) and the thread waiting to receive.
using Singularity.Abi;
using Singularity.Sips;
using Testbed.Hal;

namespace Singularity.Ipc;

public sealed class Endpoint
{
    public const int QueueLength = 16;      // a power of two: indexes wrap with a mask

    public int Handle;
    public Sip Owner;
    public Channel Channel;
    public int Side;
    public Endpoint Peer;               // null once the peer end was closed or its SIP died
    public Thread Waiter;
    /// <summary>Where the blocked receiver wants its message: a sender hands it over directly, bypassing the queue.</summary>
    public unsafe Message* WaiterBuffer;
    public bool Delivered;
    private readonly Message[] _queue = new Message[QueueLength];
    private int _head, _count;

    public int Count => _count;

    public bool Enqueue(long tag, long a0, long a1, long a2, long block)
    {
        if (_count == QueueLength) return false;
        int slot = (_head + _count) & (QueueLength - 1);
        _queue[slot].Tag = tag;
        _queue[slot].A0 = a0;
        _queue[slot].A1 = a1;
        _queue[slot].A2 = a2;
        _queue[slot].Block = block;
        _count++;
        return true;
    }

    public unsafe long Dequeue(Message* into)
    {
        ref Message message = ref _queue[_head];
        *into = message;
        _head = (_head + 1) & (QueueLength - 1);
        _count--;
        return message.Tag;
    }

    /// <summary>The exchange block of the i-th queued message (0 if none), for reclamation.</summary>
    public long QueuedBlock(int i) => _queue[(_head + i) & (QueueLength - 1)].Block;
}
