// One end of a channel: held by exactly one SIP, with the queue of messages sent to it
// (asynchronous sends never wait for the receiver) and, while its owner blocks in
// receive, the buffer the next message goes to. What the channel fast path needs lives
// in the end's cell (FastPathCells.cs); these properties keep the two in step.

namespace Singularity.Ipc;

public sealed unsafe class Endpoint
{
    public const int QueueLength = 16;      // a power of two: indexes wrap with a mask

    public readonly int Handle;
    public readonly EndpointCell* Cell;
    public readonly Sip Owner;
    public readonly Channel Channel;
    public readonly int Side;
    private Endpoint _peer;
    private readonly Message[] _queue = new Message[QueueLength];
    private int _head;

    public Endpoint(int handle, Sip owner, Channel channel, int side)
    {
        Handle = handle;
        Owner = owner;
        Channel = channel;
        Side = side;
        Cell = FastPath.Cell(handle);
        Cell->Owner = owner.Cell;
        Cell->Peer = FastPath.Closed;
        Cell->WaiterBuffer = null;
        Cell->Count = 0;
        Cell->Row = channel.Row(side);
        Cell->State = 0;
        Cell->Handle = handle;
    }

    /// <summary>The other end; null once it was closed or its SIP died.</summary>
    public Endpoint Peer
    {
        get => _peer;
        set { _peer = value; Cell->Peer = value == null ? FastPath.Closed : value.Cell; }
    }

    /// <summary>Where the blocked owner wants its next message; null unless it waits in receive.</summary>
    public Message* WaiterBuffer
    {
        get => Cell->WaiterBuffer;
        set => Cell->WaiterBuffer = value;
    }

    /// <summary>The thread blocked in receive on this end (a SIP has one thread), or null.</summary>
    public Thread Waiter => Cell->WaiterBuffer != null ? Owner.Thread : null;

    public int Count => (int)Cell->Count;

    /// <summary>Frees the handle's cell: the fast path no longer accepts it from anyone.</summary>
    public void Retire()
    {
        Cell->Owner = null;
        Cell->WaiterBuffer = null;
        Cell->Peer = FastPath.Closed;
        Cell->Count = 0;
    }

    public bool Enqueue(long tag, long a0, long a1, long a2, long block)
    {
        int count = (int)Cell->Count;
        if (count == QueueLength) return false;
        int slot = (_head + count) & (QueueLength - 1);
        _queue[slot].Tag = tag;
        _queue[slot].A0 = a0;
        _queue[slot].A1 = a1;
        _queue[slot].A2 = a2;
        _queue[slot].Block = block;
        Cell->Count = count + 1;
        return true;
    }

    public long Dequeue(Message* into)
    {
        ref Message message = ref _queue[_head];
        *into = message;
        _head = (_head + 1) & (QueueLength - 1);
        Cell->Count--;
        return message.Tag;
    }

    /// <summary>The exchange block of the i-th queued message (0 if none), for reclamation.</summary>
    public long QueuedBlock(int i) => _queue[(_head + i) & (QueueLength - 1)].Block;
}
