// A driver as the kernel knows it: where its image came from and lives, its domain, the
// kernel's table of its entry points, and what the shadow driver logged about it.
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;

namespace NooksStyle.Isolation;

public sealed unsafe class LoadedDriver
{
    public readonly string Name;
    public readonly string ModuleName;
    public readonly DriverRegion Region;
    public ProtectionDomain Domain;
    /// <summary>The kernel's table of the driver's entry points (kernel heap): kernel data a wild write aims at.</summary>
    public readonly DriverExports* Exports;
    public ulong ImageStart, ImageEnd, Entry;
    /// <summary>The shadow driver's log of the configuration call, replayed after a restart.</summary>
    public DriverConfig Config;
    public DriverInfo Info;
    public uint RequestSize, ReplySize;
    public bool Failed;
    public uint Restarts;
    /// <summary>The recovery agent's give-up rule (common/drivers/Faults/RestartBudget).</summary>
    public RestartBudget Budget;
    /// <summary>The recovery agent gave up: every request fails at once, the kernel goes on.</summary>
    public bool Lost;
    public ulong Requests;

    public LoadedDriver(string name, string moduleName, ulong baseAddress, uint requestSize, uint replySize)
    {
        Name = name;
        ModuleName = moduleName;
        Region = new DriverRegion(baseAddress);
        Exports = (DriverExports*)KernelHeap.Allocate((nuint)sizeof(DriverExports), 64);
        RequestSize = requestSize;
        ReplySize = replySize;
    }

    public bool ContainsCode(ulong address) => address >= ImageStart && address < ImageEnd;

    public bool OwnsIrq(int irq) => irq == Config.Device0.Irq || (Config.DeviceCount > 1 && irq == Config.Device1.Irq);

    /// <summary>True if [address, address + length) lies inside the driver's own slot (memory it may hand the kernel).</summary>
    public bool OwnsRange(ulong address, ulong length)
        => address >= Region.Base && length <= DriverRegion.SlotSize && address - Region.Base <= DriverRegion.SlotSize - length;
}
