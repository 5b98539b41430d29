// MINIX refuses a send that would close a cycle of processes each blocked sending to the
// next (kernel/proc.c, deadlock()): with rendezvous and no buffering none of them could
// ever run again. Followed from the destination along its chain of sends.
namespace MinixStyle.Ipc;

public static class DeadlockCheck
{
    public static bool WouldDeadlock(int caller, int destination)
    {
        int slot = destination;
        for (int hops = 0; hops < ProcessTable.Slots; hops++)
        {
            ref Proc p = ref ProcessTable.Procs[slot];
            if (!p.Sending) return false;
            if (p.SendTo == caller) return true;
            slot = p.SendTo;
        }
        return false;
    }
}
