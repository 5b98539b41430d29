// Who runs next: the highest-priority ready process, round robin within a priority, as
// MINIX 3's pick_proc over its run queues (kernel/proc.c). A process made ready by IPC
// runs at once if it outranks the one that made it ready (servers before their clients).
// When no process is ready the boot thread runs: it ends the run (Boot/KernelMain.cs).
namespace MinixStyle.Scheduling;

public static class Scheduler
{
    public const int Priorities = 16;

    private static Thread s_boot;

    /// <summary>The slot of the running process, or NoSlot while the boot thread runs.</summary>
    public static int Current = ProcessTable.NoSlot;

    public static void Initialize() => s_boot = Thread.Current;

    /// <summary>Runs processes until none is ready; returns on the boot thread.</summary>
    public static void RunAll()
    {
        int next = Pick(ProcessTable.NoSlot);
        if (next != ProcessTable.NoSlot) SwitchTo(next);
        AddressSpace.Kernel.Activate();
    }

    /// <summary>The current process cannot go on (it blocked or ended): run someone else.</summary>
    public static void BlockCurrent()
    {
        int me = Current;
        ProcessTable.Images[me].Thread.State = ThreadState.Blocked;
        int next = Pick(me);
        if (next != ProcessTable.NoSlot)
        {
            SwitchTo(next);
            return;
        }
        Current = ProcessTable.NoSlot;
        Thread.SwitchTo(s_boot);
    }

    /// <summary><paramref name="slot"/> became ready: if it outranks the caller, it runs now.</summary>
    public static void Woken(int slot)
    {
        ProcessTable.Images[slot].Thread.State = ThreadState.Ready;
        if (Current != ProcessTable.NoSlot && ProcessTable.Procs[slot].Priority < ProcessTable.Procs[Current].Priority)
            SwitchTo(slot);
    }

    private static void SwitchTo(int slot)
    {
        Current = slot;
        Thread.SwitchTo(ProcessTable.Images[slot].Thread);
    }

    // The first ready slot of the best priority, searching round robin from after `after`.
    private static int Pick(int after)
    {
        int best = ProcessTable.NoSlot;
        for (int n = 1; n <= ProcessTable.Slots; n++)
        {
            int slot = (after + n + ProcessTable.Slots) % ProcessTable.Slots;
            if (!ProcessTable.Procs[slot].Ready) continue;
            if (best == ProcessTable.NoSlot || ProcessTable.Procs[slot].Priority < ProcessTable.Procs[best].Priority) best = slot;
        }
        return best;
    }
}
