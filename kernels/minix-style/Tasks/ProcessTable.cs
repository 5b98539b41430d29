// The process table: a fixed array made once at boot, never grown (MINIX 3: proc[NR_TASKS +
// NR_PROCS]). Slot i runs on HAL thread Threads[i]; a ring-3 process in the address space of
// Images[i], a kernel task (the system task, in the last slot) in the kernel's, with no image.
namespace MinixStyle.Tasks;

public static class ProcessTable
{
    public const int Slots = 16;
    public const int NoSlot = -1;

    /// <summary>The system task's slot (its endpoint is Endpoint.System).</summary>
    public const int SystemSlot = Slots - 1;

    public static Proc[] Procs;
    public static UserProcess[] Images;
    public static Thread[] Threads;

    public static void Initialize()
    {
        Procs = new Proc[Slots];
        Images = new UserProcess[Slots];
        Threads = new Thread[Slots];
        for (int i = 0; i < Slots; i++)
        {
            Procs[i].FirstSender = NoSlot;
            Procs[i].NextSender = NoSlot;
        }
    }

    /// <summary>The slot an endpoint names, live or not, or NoSlot if it names none.</summary>
    public static int SlotOfEndpoint(int endpoint) =>
        endpoint == Endpoint.System ? SystemSlot : endpoint < 0 || endpoint >= SystemSlot ? NoSlot : endpoint;

    /// <summary>The slot of a live process's endpoint, or NoSlot. User endpoints are their slots.</summary>
    public static int SlotOf(int endpoint)
    {
        int slot = SlotOfEndpoint(endpoint);
        if (slot == NoSlot) return NoSlot;
        return Procs[slot].InUse && !Procs[slot].Exited ? slot : NoSlot;
    }
}
