// The disk driver as a SIP service: the shared ATA driver (common/drivers) on the SIP
// driver environment, serving block requests whose data travels in exchange heap blocks.
// Data moves by bus-master DMA when the kernel granted the IDE controller's bus-master
// registers (the manifest's BAR claim), else by PIO (`ata=pio` withholds the grant).
// A SIP's own code sees only this safe surface: start, capacity, read, write.
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Ata;
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;

namespace Singularity.Processes.DriverGlue;

public sealed unsafe class DiskService
{
    // The primary IDE channel of QEMU's PIIX: command block, control block, IRQ 14; its
    // bus-master registers are the first eight ports of the IDE function's BAR4.
    public const int IoBase = 0x1F0, ControlBase = 0x3F6, Irq = 14, BusMasterPorts = 8;

    private AtaDriver<SipDriverEnv> _driver;

    public ulong Capacity => _driver.Capacity;

    /// <summary>Claims the manifest's ports (and the bus-master range, if granted), resets and identifies the drive; null if there is none.</summary>
    public static DiskService Start()
    {
        var service = new DiskService();
        service._driver.Env.Ports = IoPorts.Claim(IoBase, 8);
        service._driver.Env.Control = IoPorts.Claim(ControlBase, 1);
        if (service._driver.Env.Ports == null || service._driver.Env.Control == null)
        {
            Sip.Log("the manifest does not grant the ATA ports");
            return null;
        }
        IoPorts bar = IoPorts.GrantedBar();
        if (bar != null) service._driver.Env.BusMaster = IoPorts.Claim(bar.Base, BusMasterPorts);
        ushort busMaster = service._driver.Env.BusMaster == null ? (ushort)0 : (ushort)service._driver.Env.BusMaster.Base;
        service._driver.Env.Plan = new FaultPlan
        {
            Target = FaultTarget.Ata,
            Kind = (InjectedFault)Sip.InjectedFaultKind,
            AtRequest = (uint)Sip.InjectedFaultAt,
            WildWriteTarget = SipDriverEnv.WildWriteTarget,
        };
        var config = new DriverConfig
        {
            DeviceCount = 1,
            Device0 = new DeviceResources { IoBase = IoBase, ControlBase = ControlBase, Irq = Irq, BusMasterBase = busMaster },
            Faults = service._driver.Env.Plan,
        };
        DriverInfo info;
        service._driver.Initialize(config, &info);
        if (info.Status == IoStatus.NoDevice) Sip.Log("identify: no device");
        else if (info.Status == IoStatus.Timeout) Sip.Log("identify: timeout");
        else if (info.Status != IoStatus.Ok) Sip.Log("identify: device error");
        return info.Status == IoStatus.Ok ? service : null;
    }

    public int Read(long lba, int sectors, ExBlock data, out int moved) => Handle(BlockOperation.Read, lba, sectors, data, out moved);
    public int Write(long lba, int sectors, ExBlock data, out int moved) => Handle(BlockOperation.Write, lba, sectors, data, out moved);

    private int Handle(uint operation, long lba, int sectors, ExBlock data, out int moved)
    {
        moved = 0;
        if (sectors < 1 || sectors > (int)BlockRequest.MaxSectors || data.IsNone || data.Length < sectors * BlockRequest.SectorSize)
            return IoStatus.Invalid;
        var request = new BlockRequest
        {
            Operation = operation,
            Sectors = (uint)sectors,
            Lba = (ulong)lba,
            Data = data.Payload(sectors * BlockRequest.SectorSize),
        };
        BlockReply reply;
        _driver.Handle(&request, &reply);
        moved = (int)reply.Sectors;
        return reply.Status;
    }
}
