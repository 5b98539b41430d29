// The process table: a fixed array made once at boot, never grown (MINIX 3: proc[NR_TASKS +
// NR_PROCS]). Slot i runs on HAL thread Threads[i]; a ring-3 process in the address space of
// Images[i], a kernel task (the system task, in the last slot) in the kernel's, with no image.
namespace MinixStyle.Tasks;

public static class ProcessTable
{
    public const int Slots = Endpoint.Slots;
    public const int NoSlot = -1;

    /// <summary>The system task's slot (its endpoint is Endpoint.System).</summary>
    public const int SystemSlot = Slots - 1;
    /// <summary>The clock task's slot (its endpoint is Endpoint.Clock; only the kernel reaches it).</summary>
    public const int ClockSlot = Slots - 2;
    /// <summary>Slots from here up hold the kernel's tasks: threads in the kernel's space, no image.</summary>
    public const int FirstTaskSlot = ClockSlot;

    public static bool IsTask(int slot) => slot >= FirstTaskSlot;

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

    /// <summary>
    /// Endpoints carry a generation (MINIX 3: _ENDPOINT(g, p), include/minix/endpoint.h):
    /// endpoint = generation * Slots + slot, so a restarted process gets a new endpoint and a
    /// message meant for the old instance can never reach the new one. Boot processes are
    /// generation 0 (endpoint = slot). Generations stay below Endpoint.None.
    /// </summary>
    public const int Generations = 0x6000 / Slots;

    public static int EndpointOf(int generation, int slot) => generation * Slots + slot;

    /// <summary>The slot an endpoint names, live or not, or NoSlot if it names none.</summary>
    public static int SlotOfEndpoint(int endpoint)
    {
        if (endpoint == Endpoint.System) return SystemSlot;
        if (endpoint < 0 || endpoint >= Generations * Slots) return NoSlot;
        int slot = endpoint & (Slots - 1);
        return IsTask(slot) ? NoSlot : slot;
    }

    /// <summary>The slot of a live process's endpoint (the current instance of its slot), or NoSlot.</summary>
    public static int SlotOf(int endpoint)
    {
        int slot = SlotOfEndpoint(endpoint);
        if (slot == NoSlot) return NoSlot;
        ref Proc p = ref Procs[slot];
        return p.InUse && !p.Exited && p.Endpoint == endpoint ? slot : NoSlot;
    }
}
