// The ATA driver as a SIP: what it claims from its manifest, then DriverSip over the Disk
// contract. The primary IDE channel of QEMU's PIIX: command block, control block, IRQ 14;
// data moves by bus-master DMA when the kernel granted the IDE function's BAR4 (its first
// eight ports are the channel's bus-master registers), else by PIO (`ata=pio` withholds it).
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;
using Driver = Testbed.Drivers.Ata.AtaDriver<Singularity.Processes.DriverGlue.SipDriverEnv>;

namespace Singularity.Processes.DriverGlue;

public static unsafe class AtaSip
{
    public const string Path = "/dev/disk0";
    public const int IoBase = 0x1F0, ControlBase = 0x3F6, Irq = 14, BusMasterPorts = 8;

    /// <summary>The disk driver SIP's main. Argument 1: exit after one client.</summary>
    public static long Run(long argument) => DriverSip<Driver, DiskChannel<Driver>>.Run(Path, argument, &Claim);

    private static bool Claim(ref Driver driver, out DriverConfig config)
    {
        ref SipDriverEnv env = ref driver.Env;
        config = default;
        env.Ports = IoPorts.Claim(IoBase, 8);
        env.Control = IoPorts.Claim(ControlBase, 1);
        if (env.Ports == null || env.Control == null) return false;
        IoPorts bar = IoPorts.GrantedBar();
        if (bar != null) env.BusMaster = IoPorts.Claim(bar.Base, BusMasterPorts);
        ushort busMaster = env.BusMaster == null ? (ushort)0 : (ushort)env.BusMaster.Base;
        env.Plan = SipDriverEnv.InjectedFault(FaultTarget.Ata);
        config.DeviceCount = 1;
        config.Device0 = new DeviceResources { IoBase = IoBase, ControlBase = ControlBase, Irq = Irq, BusMasterBase = busMaster };
        config.Faults = env.Plan;
        return true;
    }
}
