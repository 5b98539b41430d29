// Recursive address spaces from ring 3: a page fault served by this (the pager) task with
// a mapping; map from the root to one agent task and on to a second; unmap at the root
// revoking both (transitively), after which the second agent's access faults to its pager;
// grant, which moves a page and leaves the granter without it.
using L4Style.Abi;
using L4Style.Processes.UserLib;

namespace L4Style.Processes.Root.Checks;

public static unsafe class MemoryChecks
{
    private const ulong PatternP = 0x5050_5050_1234_5678, PatternQ = 0x5151_5151_8765_4321, PatternF = 0xFA17_FA17_0000_0042;

    public static void Run()
    {
        PageFaultServedByPager();
        MapUnmapGrant();
    }

    private static void PageFaultServedByPager()
    {
        ulong address = Layout.MapArea + 0x10_0000;
        ulong page = PagePool.TakeFilled(PatternF);
        Peer faulter = Peers.Start(PeerMode.PageFaulter, address);
        Message m = default;
        IpcResult r = Ipc.Receive(ref m, faulter.Slot);
        bool fault = r.Ok && r.Kind == Kind.PageFault && m.Mr0 == address && m.Mr3 == faulter.Task;
        Kdb.Check("memory.page-fault-reaches-pager", fault, "address", m.Mr0);

        // The answer: map our page at the faulting page; the faulter retries and reads it.
        m = default;
        m.Mr4 = Fpage.Make(page, 0, writable: false);
        r = Ipc.Send(ref m, faulter.Slot, Op.MapItem);
        m = default;
        IpcResult report = Ipc.Receive(ref m, faulter.Slot);
        Kdb.Check("memory.page-fault-served-by-user-pager", r.Ok && report.Ok && report.Kind == Kind.Message && m.Mr0 == PatternF, "value", m.Mr0);
        Peers.Destroy(faulter);
    }

    private static Peer StartAgent()
    {
        Peer agent = Peers.Start(PeerMode.MemoryAgent);
        Message m = default;
        Ipc.Receive(ref m, agent.Slot);        // its Ready call ...
        Command(agent, MemoryCommand.Accept);  // ... answered, so that it waits for anyone, not just us
        return agent;
    }

    private static ulong Command(Peer agent, ulong command, ulong a1 = 0, ulong a2 = 0, ulong a3 = 0)
    {
        Message m = default;
        m.Mr0 = command; m.Mr1 = a1; m.Mr2 = a2; m.Mr3 = a3;
        IpcResult r = Ipc.Call(ref m, agent.Slot);
        if (!r.Ok) return ulong.MaxValue;
        if (r.Kind == Kind.PageFault) return 0xFA01_0000_0000_0000 | (m.Mr0 & 0xFFFF_FFFF_FFFF);
        return m.Mr0;
    }

    private static ulong MapTo(Peer agent, ulong page, bool writable)
    {
        Message m = default;
        m.Mr0 = MemoryCommand.Accept;
        m.Mr4 = Fpage.Make(page, 0, writable);
        IpcResult r = Ipc.Call(ref m, agent.Slot, Op.MapItem);
        return r.Ok ? m.Mr0 : 0;
    }

    private static void MapUnmapGrant()
    {
        ulong p = PagePool.TakeFilled(PatternP);
        ulong q = PagePool.TakeFilled(PatternQ);
        Peer b = StartAgent();
        Peer c = StartAgent();
        Kernel.Invoke(Op.CapInstall, b.Task, 2, c.Thread);     // b may pass pages on to c

        // root -> b
        bool mapped = MapTo(b, p, writable: true) == 1;
        ulong read = Command(b, MemoryCommand.Read, Layout.MapArea);
        Kdb.Check("memory.map", mapped && read == PatternP, "value", read);
        Command(b, MemoryCommand.Write, Layout.MapArea + 8, 0xB0B0);
        Kdb.Check("memory.map-shares-the-frame", ((ulong*)p)[1] == 0xB0B0, "value", ((ulong*)p)[1]);

        // b -> c: a mapping of a mapping
        ulong passed = Command(b, MemoryCommand.MapTo, 2, Fpage.Make(Layout.MapArea, 0, writable: false), 0);
        read = Command(c, MemoryCommand.Read, Layout.MapArea);
        Kdb.Check("memory.map-on-to-a-third-task", passed == 1 && read == PatternP, "value", read);
        ulong written = Command(c, MemoryCommand.Write, Layout.MapArea + 16, 1);
        Kdb.Check("memory.map-rights-only-shrink", (written >> 48) == 0xFA01 && ((ulong*)p)[2] == PatternP, "reply", written);
        if ((written >> 48) == 0xFA01) { Peers.Destroy(c); c = StartAgent(); Kernel.Invoke(Op.CapInstall, b.Task, 2, c.Thread); }

        // Again, to a fresh c, then unmap at the root: both derived mappings go.
        Command(b, MemoryCommand.MapTo, 2, Fpage.Make(Layout.MapArea, 0, writable: false), 0);
        bool before = Peers.Lookup(c.Task, Layout.MapArea) != 0;
        ulong revoked = Kernel.Unmap(Fpage.Make(p, 0, writable: true), self: false);
        bool goneB = Peers.Lookup(b.Task, Layout.MapArea) == 0;
        bool goneC = Peers.Lookup(c.Task, Layout.MapArea) == 0;
        bool kept = Peers.Lookup(0, p) != 0;
        Kdb.Check("memory.unmap-revokes-transitively", before && revoked == 1 && goneB && goneC && kept);
        ulong after = Command(c, MemoryCommand.Read, Layout.MapArea);
        Kdb.Check("memory.revoked-page-faults-to-pager", after == (0xFA01_0000_0000_0000 | Layout.MapArea), "reply", after);
        Peers.Destroy(c);

        // Grant: b hands q to a fresh c and loses it; c's mapping hangs where b's was, under the root's.
        c = StartAgent();
        Kernel.Invoke(Op.CapInstall, b.Task, 2, c.Thread);
        MapTo(b, q, writable: true);
        ulong granted = Command(b, MemoryCommand.MapTo, 2, Fpage.Make(Layout.MapArea, 0, writable: true), 1);
        bool bLost = Peers.Lookup(b.Task, Layout.MapArea) == 0;
        read = Command(c, MemoryCommand.Read, Layout.MapArea);
        Kdb.Check("memory.grant-moves-the-page", granted == 1 && bLost && read == PatternQ, "value", read);
        Kernel.Unmap(Fpage.Make(q, 0, writable: true), self: false);
        Kdb.Check("memory.unmap-reaches-granted-page", Peers.Lookup(c.Task, Layout.MapArea) == 0);

        Peers.Destroy(b);
        Peers.Destroy(c);
    }
}
