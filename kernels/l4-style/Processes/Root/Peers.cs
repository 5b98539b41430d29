// Starting and ending peer tasks (Processes/Peer, boot module 1) with the root as pager.
using L4Style.Abi;
using L4Style.Processes.UserLib;

namespace L4Style.Processes.Root;

public struct Peer
{
    public ulong Task, Thread, Slot;
    public bool Started => Slot != 0;
}

public static class Peers
{
    public const ulong PeerModule = Modules.Peer;
    public const int DefaultPriority = 100;

    public static Peer Start(ulong mode, ulong parameter = 0, int priority = DefaultPriority, bool stopped = false)
        => StartModule(PeerModule, mode | parameter << 8, priority, stopped);

    /// <summary>A task from boot module <paramref name="module"/>, paged by this thread.</summary>
    public static Peer StartModule(ulong module, ulong argument, int priority, bool stopped)
    {
        Message m = default;
        m.Mr0 = module;
        m.Mr1 = argument;
        m.Mr2 = (ulong)priority;
        m.Mr3 = 0;                         // pager: this thread
        m.Mr4 = stopped ? 1UL : 0;
        Peer peer = default;
        if (Kernel.Invoke(Op.TaskCreate, ref m) != Status.Ok) return peer;
        peer.Task = m.Mr0;
        peer.Thread = m.Mr1;
        peer.Slot = m.Mr2;
        return peer;
    }

    public static void Run(Peer peer) => Kernel.Invoke(Op.TaskStart, peer.Task);

    public static void Destroy(Peer peer) => Kernel.Invoke(Op.TaskDestroy, peer.Task);

    /// <summary>The frame behind an address of a task (0 if unmapped), asked of the kernel.</summary>
    public static ulong Lookup(ulong task, ulong address) => MessageResult(Op.Lookup, task, address);

    public static ulong MessageResult(ulong op, ulong a0, ulong a1 = 0, ulong a2 = 0)
    {
        Message m = default;
        m.Mr0 = a0; m.Mr1 = a1; m.Mr2 = a2;
        Kernel.Invoke(op, ref m);
        return m.Mr0;
    }

    public static ulong MyThreadId() => MessageResult(Op.Whoami, 0);
}
