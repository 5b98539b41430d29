// A software-isolated process (paper section 2.1): a closed code space (its image, fixed
// when it starts), its own runtime and allocator, one thread here, the endpoints it
// holds, and the pages the kernel gave it. It runs in ring 0 in the kernel's address space.

namespace Singularity.Tasks;

public enum SipState { Running, Exited, Killed, Reclaimed }

public sealed unsafe class Sip
{
    public ulong Id;                // never reused: exchange heap owner ids stay unambiguous
    public string Name;
    public ManifestEntry Manifest;
    public int Slot;
    public ulong ImageStart, ImageEnd;
    public ulong HeapNext;
    public int ImagePages, HeapPages, StackPages;
    /// <summary>What the channel fast path knows of this SIP (Ipc/FastPathCells.cs); null once reclaimed.</summary>
    public Ipc.SipCell* Cell;
    private Thread _thread;
    public Thread Thread
    {
        get => _thread;
        set { _thread = value; if (Cell != null) Cell->Thread = Ipc.FastPath.AddressOf(value); }
    }
    public SipState State;
    public long ExitCode;
    public long FaultKind;          // 0 if it exited by itself
    public StartInfo* Info;
    public bool MastersBus;         // the kernel let one of its PCI devices master the bus (Drivers/PciGrants): it may have DMA memory
    public Thread Joiner;           // woken when the SIP has been reclaimed
    /// <summary>Timer ticks it ran without blocking (the watchdog's count; the fast path resets it too).</summary>
    public ulong TicksWithoutBlocking
    {
        get => Cell != null ? Cell->Ticks : 0;
        set { if (Cell != null) Cell->Ticks = value; }
    }
    public ulong StartTsc, MainEnteredTsc, DeathTsc, DeathIdleTsc;
    public Sip NextDead;
    public int Restarts;
    /// <summary>The driver manager's give-up rule, carried from instance to instance.</summary>
    public Testbed.Drivers.Faults.RestartBudget Budget;
    public long Argument;

    /// <summary>Bytes of pages the kernel gave this SIP (image, stack, heap): the paper's footprint.</summary>
    public ulong FootprintBytes => (ulong)(ImagePages + StackPages + HeapPages) * 4096;

    public bool OwnsCode(ulong rip) => rip >= ImageStart && rip < ImageEnd;

    public bool IsAlive => State == SipState.Running;
}
