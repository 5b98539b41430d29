// The kernel's table of endpoints. A SIP names an endpoint by its index; the kernel
// accepts it only from the SIP that holds it (an endpoint is a capability).

namespace Singularity.Ipc;

public static class Endpoints
{
    public const int Capacity = 256;
    // Allocated by Initialize rather than by a field initialiser: a static constructor
    // would put a class-constructor check in front of every lookup on the fast path.
    private static Endpoint[] s_table;

    public static void Initialize()
    {
        s_table = new Endpoint[Capacity];
        FastPath.Initialize(Capacity, ExchangeHeap.BaseAddress, ExchangeHeap.Blocks);
    }

    public static int Live { get; private set; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Endpoint Lookup(ulong handle, Sip caller)
    {
        Endpoint[] table = s_table;
        if (handle >= (ulong)table.Length) return null;
        Endpoint endpoint = table[handle];
        return endpoint != null && endpoint.Owner == caller ? endpoint : null;
    }

    /// <summary>A new channel: the importing end for <paramref name="importer"/>, the exporting end for <paramref name="exporter"/>.</summary>
    public static bool CreateChannel(Sip importer, Sip exporter, ContractTable contract, out Endpoint imp, out Endpoint exp)
    {
        imp = exp = null;
        int a = FreeSlot(0);
        int b = a < 0 ? -1 : FreeSlot(a + 1);
        if (b < 0) return false;
        var channel = new Channel(contract);
        imp = new Endpoint(a, importer, channel, Channel.Importer);
        exp = new Endpoint(b, exporter, channel, Channel.Exporter);
        channel.Attach(imp, exp);
        imp.Peer = exp;
        exp.Peer = imp;
        s_table[a] = imp;
        s_table[b] = exp;
        Live += 2;
        return true;
    }

    private static int FreeSlot(int from)
    {
        for (int i = from; i < s_table.Length; i++)
            if (s_table[i] == null) return i;
        return -1;
    }

    /// <summary>
    /// Closes an endpoint: the peer sees channel-closed once it has drained what was sent
    /// before (and a peer blocked in receive wakes up to see it). Blocks still queued here
    /// belong to this end's owner and go back to the exchange heap.
    /// </summary>
    public static void Close(Endpoint endpoint)
    {
        for (int i = 0; i < endpoint.Count; i++)
        {
            ulong block = (ulong)endpoint.QueuedBlock(i);
            if (block != 0 && ExchangeHeap.IsOwnedBy(block, endpoint.Owner.Id)) ExchangeHeap.Free(block);
        }
        Endpoint peer = endpoint.Peer;
        if (peer != null)
        {
            peer.Peer = null;
            // Woken with its buffer still set: it sees that nothing was delivered.
            if (peer.Waiter != null) Scheduler.MakeReady(peer.Waiter);
        }
        endpoint.Peer = null;
        endpoint.Channel.Detach(endpoint);
        endpoint.Retire();
        s_table[endpoint.Handle] = null;
        Live--;
    }

    /// <summary>Closes every endpoint <paramref name="sip"/> holds; returns how many.</summary>
    public static int CloseAllOf(Sip sip)
    {
        int count = 0;
        for (int i = 0; i < s_table.Length; i++)
        {
            if (s_table[i] == null || s_table[i].Owner != sip) continue;
            Close(s_table[i]);
            count++;
        }
        return count;
    }
}
