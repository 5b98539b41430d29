// What the driver manager knows about one user-level driver: where it comes from (its boot
// module), what it may touch (ports, interrupt lines, the shared and DMA regions), how it
// is configured, and its current incarnation.
using L4Style.Abi;

namespace L4Style.Processes.Root;

public sealed class ManagedDriver
{
    public string Name;
    public ulong Kind;
    public ulong Module;
    public Peer Task;
    public ulong Generation;           // incremented at every (re)start
    public bool Ready;
    public long Status;
    public ulong Capacity;
    public ulong Restarts;
    public ulong LastRecovery;         // instructions from the failure's detection to ready again (the manager's view)
    // The points of the last recovery (docs/recovery.md): the fault's entry into the kernel,
    // the manager acting on it, the old task destroyed, the new one loaded and running, its
    // configuration done (ready), the client holding its first successful reply after it.
    public Testbed.Guest.Measure.RecoveryStamp Fault, Detected, TornDown, Reloaded, Reinitialised, Reply;

    // Configuration (DriverSetupWords): devices, then the fault plan (first start only:
    // one-shot, a restarted driver runs clean; a persistent plan, `@n!`, at every start).
    public ulong Device0, Device1, DeviceCount, FaultWord, WildWriteTarget;
    public bool FaultPlanned;
    public Testbed.Drivers.Faults.FaultPlan Plan;
    // The give-up rule (common/drivers/Faults/RestartBudget); Lost once it is spent.
    public Testbed.Drivers.Faults.RestartBudget Budget;
    public bool Lost;

    // Rights: (first port, count) pairs and interrupt lines.
    public ulong[] PortRanges = new ulong[8];
    public int PortRangeCount;
    public ulong IrqLines;

    // Sigma0 memory it shares with its client, and its DMA memory.
    public ulong SharedRegion;
    public ulong DmaRegion, DmaPhysical;

    // The client connected to it (its right is put back after a restart).
    public ulong ClientTask;

    public void AddPorts(ulong first, ulong count) => PortRanges[PortRangeCount++] = first | count << 16;
}
