// The slots of the processes PM starts (fork), with their shells made at boot: an empty address
// space, a ring-3 thread and its kernel stack each (UserProcess.CreateEmpty), so that a fork
// after boot allocates nothing on the kernel heap, which is closed then (MINIX 3: the process
// table's slots are static; fork only fills a free one). Bound to the fast path once here: the
// thread and space of a slot never change, only what they hold.
namespace MinixStyle.Tasks;

public static class ChildSlots
{
    /// <summary>The first slot and how many (slots 10-12 are the network stack's, 14-15 the kernel tasks').</summary>
    public const int First = 13, Count = 1;
    public const int StackPages = 4;

    /// <summary>The counter when the last child's exit reached the kernel (SYS_EXIT from PM; SYS_GETINFO LastChildExit).</summary>
    public static ulong LastExitTsc;

    public static bool Contains(int slot) => slot >= First && slot < First + Count;

    public static void Prepare()
    {
        for (int slot = First; slot < First + Count; slot++)
        {
            UserProcess shell = UserProcess.CreateEmpty(StackPages);
            if (shell == null) Panic.Halt("minix-style: no frames for a child slot's shell");
            ProcessTable.Images[slot] = shell;
            ProcessTable.Threads[slot] = shell.Thread;
            ProcessTable.Procs[slot].Endpoint = slot;     // generation 0, never given out: a child's is the next
            FastPath.Bind(slot);
        }
    }

    /// <summary>A free child slot, or NoSlot.</summary>
    public static int Free()
    {
        for (int slot = First; slot < First + Count; slot++)
            if (!ProcessTable.Procs[slot].InUse) return slot;
        return ProcessTable.NoSlot;
    }
}
