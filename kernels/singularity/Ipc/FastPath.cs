// Set-up and C# side of the channel fast path (Ipc/channel_fastpath.S, ABI slot
// SendReceive): the cells it reads, the globals it shares with the scheduler, and the
// boot-time check that the offsets the assembly was written against are the real ones.

namespace Singularity.Ipc;

public static unsafe class FastPath
{
    /// <summary>What channel_fastpath.S keeps in its own data: read and written from C# through this.</summary>
    private struct Globals
    {
        public EndpointCell* Cells;
        public SipCell* Current;        // the SIP whose thread runs (null: a kernel thread)
        public ulong HalCurrentSlot;    // Testbed.Hal.Thread's record of the running thread
        public ulong ExchangeBase;
        public ulong ExchangeBlocks;
        public SipCell* Handoff;        // a SIP whose thread a send made ready, not yet in the ready queue
        public ulong Resched;           // nonzero: the fast paths decline, the scheduler picks the next thread
    }

    /// <summary>The offsets the assembly uses (its .rodata), in this order.</summary>
    private struct Layout
    {
        public ulong EndpointSize, Owner, Peer, WaiterBuffer, Count, Row, State, Handle, Into;
        public ulong SipThread, SipTicks, SipId;
        public ulong MessageTag, MessageA0, MessageA1, MessageA2, MessageBlock;
        public ulong ThreadSavedRsp, ThreadState, MaxTags, Endpoints;
    }

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sing_fastpath_globals")] private static extern Globals* GlobalsAddress();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sing_fastpath_layout")] private static extern Layout* LayoutAddress();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sing_channel_call_address")] public static extern ulong SendReceiveEntry();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sing_channel_send_address")] public static extern ulong SendEntry();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sing_channel_receive_address")] public static extern ulong ReceiveEntry();

    public const int MaxTags = 32;      // contract tables are rows of this many tags

    private static Globals* s_globals;
    private static SipCell* s_freeSipCells;

    /// <summary>The peer of an end whose peer is gone: it never waits, so the fast path declines.</summary>
    public static EndpointCell* Closed;

    public static EndpointCell* Cell(int handle) => s_globals->Cells + handle;

    public static void Initialize(int endpoints, ulong exchangeBase, ulong exchangeBlocks)
    {
        s_globals = GlobalsAddress();
        s_globals->Cells = (EndpointCell*)Zeroed((ulong)(endpoints + 1) * EndpointCell.Size);
        Closed = s_globals->Cells + endpoints;
        s_globals->Current = null;
        s_globals->HalCurrentSlot = Thread.CurrentSlotAddress;
        s_globals->ExchangeBase = exchangeBase;
        s_globals->ExchangeBlocks = exchangeBlocks;
        s_globals->Handoff = null;
        s_globals->Resched = 0;
        for (int i = 0; i < endpoints; i++) s_globals->Cells[i].Peer = Closed;
        Closed->Peer = Closed;
        CheckLayout((ulong)endpoints);
    }

    public static SipCell* CurrentCell
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] get => s_globals->Current;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] set => s_globals->Current = value;
    }

    /// <summary>Takes the SIP a fast send made ready without queueing it (null if none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SipCell* TakeHandoff()
    {
        SipCell* cell = s_globals->Handoff;
        s_globals->Handoff = null;
        return cell;
    }

    /// <summary>Asks the fast paths to leave the next switch to the scheduler (from the timer and interrupts).</summary>
    public static void RequestReschedule() { if (s_globals != null) s_globals->Resched = 1; }

    /// <summary>The scheduler is picking: the fast paths may switch directly again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Rescheduled() => s_globals->Resched = 0;

    public static SipCell* AllocateSipCell()
    {
        SipCell* cell = s_freeSipCells;
        if (cell != null) s_freeSipCells = cell->NextFree;
        else cell = (SipCell*)Zeroed(SipCell.Size);
        *cell = default;
        return cell;
    }

    /// <summary>Recycles a dead SIP's cell; its endpoints were closed already, so no cell points to it.</summary>
    public static void FreeSipCell(SipCell* cell)
    {
        *cell = default;
        cell->NextFree = s_freeSipCells;
        s_freeSipCells = cell;
    }

    /// <summary>An object's address, for a cell (objects never move: there is no collector).</summary>
    public static ulong AddressOf(object o) => *(ulong*)Unsafe.AsPointer(ref o);

    /// <summary>The object whose address a cell holds (null for 0).</summary>
    public static T ObjectAt<T>(ulong* slot) where T : class => Unsafe.AsRef<T>(slot);

    private static void* Zeroed(ulong bytes)
    {
        byte* memory = (byte*)KernelHeap.Allocate((nuint)bytes, 64);
        if (memory == null) Panic.Halt("singularity: no memory for the channel fast path's cells");
        for (ulong i = 0; i < bytes; i++) memory[i] = 0;
        return memory;
    }

    private static void CheckLayout(ulong endpoints)
    {
        Layout* a = LayoutAddress();
        EndpointCell e = default;
        SipCell s = default;
        Message m = default;
        Thread t = Thread.Current;
        ulong eb = (ulong)&e, sb = (ulong)&s, mb = (ulong)&m, tb = AddressOf(t);
        Expect("endpoint size", a->EndpointSize, (ulong)sizeof(EndpointCell));
        Expect("endpoint owner", a->Owner, (ulong)&e.Owner - eb);
        Expect("endpoint peer", a->Peer, (ulong)&e.Peer - eb);
        Expect("endpoint waiter buffer", a->WaiterBuffer, (ulong)&e.WaiterBuffer - eb);
        Expect("endpoint count", a->Count, (ulong)&e.Count - eb);
        Expect("endpoint row", a->Row, (ulong)&e.Row - eb);
        Expect("endpoint state", a->State, (ulong)&e.State - eb);
        Expect("endpoint handle", a->Handle, (ulong)&e.Handle - eb);
        Expect("endpoint into", a->Into, (ulong)&e.Into - eb);
        Expect("sip thread", a->SipThread, (ulong)&s.Thread - sb);
        Expect("sip ticks", a->SipTicks, (ulong)&s.Ticks - sb);
        Expect("sip id", a->SipId, (ulong)&s.Id - sb);
        Expect("message tag", a->MessageTag, (ulong)&m.Tag - mb);
        Expect("message a0", a->MessageA0, (ulong)&m.A0 - mb);
        Expect("message a1", a->MessageA1, (ulong)&m.A1 - mb);
        Expect("message a2", a->MessageA2, (ulong)&m.A2 - mb);
        Expect("message block", a->MessageBlock, (ulong)&m.Block - mb);
        Expect("thread saved rsp", a->ThreadSavedRsp, t.SavedRspAddress - tb);
        Expect("thread state", a->ThreadState, t.StateAddress - tb);
        Expect("max tags", a->MaxTags, MaxTags);
        Expect("endpoints", a->Endpoints, endpoints);
    }

    private static void Expect(string what, ulong assembly, ulong actual) => LayoutCheck.Field("singularity Ipc/channel_fastpath.S", what, assembly, actual);
}
