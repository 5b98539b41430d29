// The process table: a fixed array made once at boot, never grown (MINIX 3: proc[NR_TASKS +
// NR_PROCS]). Slot i runs on HAL thread Threads[i] in the address space of Images[i].
namespace MinixStyle.Tasks;

public static class ProcessTable
{
    public const int Slots = 8;
    public const int NoSlot = -1;

    public static Proc[] Procs;
    public static UserProcess[] Images;

    public static void Initialize()
    {
        Procs = new Proc[Slots];
        Images = new UserProcess[Slots];
        for (int i = 0; i < Slots; i++)
        {
            Procs[i].FirstSender = NoSlot;
            Procs[i].NextSender = NoSlot;
        }
    }

    /// <summary>The slot an endpoint names, live or not, or NoSlot if it names none.</summary>
    public static int SlotOfEndpoint(int endpoint) => endpoint < 0 || endpoint >= Slots ? NoSlot : endpoint;

    /// <summary>The slot of a live process's endpoint, or NoSlot. User endpoints are their slots.</summary>
    public static int SlotOf(int endpoint)
    {
        if (endpoint < 0 || endpoint >= Slots) return NoSlot;
        return Procs[endpoint].InUse && !Procs[endpoint].Exited ? endpoint : NoSlot;
    }
}
