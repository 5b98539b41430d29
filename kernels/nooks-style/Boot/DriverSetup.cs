// Finds the devices (fixed ISA resources for the primary ATA channel, a PCI scan for the
// RTL8139s), loads each driver image from its boot module into kernel space, and makes
// the configuration call (logged by the shadow driver, replayed after a restart).
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;

namespace NooksStyle.Boot;

public static unsafe class DriverSetup
{
    public const ulong AtaBase = 0xFFFF_8000_0000_0000;       // PML4 slot 256
    public const ulong Rtl8139Base = 0xFFFF_8080_0000_0000;   // PML4 slot 257
    private const ushort RealtekVendor = 0x10EC, Rtl8139Device = 0x8139;

    public static LoadedDriver Ata, Rtl8139;

    public static void LoadAll()
    {
        Ata = new LoadedDriver("ata", "ata.elf", AtaBase, (uint)sizeof(BlockRequest), (uint)sizeof(BlockReply));
        Ata.Config.DeviceCount = 1;
        Ata.Config.Device0 = new DeviceResources { IoBase = 0x1F0, ControlBase = 0x3F6, Irq = 14, BusMasterBase = IdeBusMasterBase() };
        Start(Ata, "driver.ata.started");
        BlockLayer.Disk = Ata;

        Rtl8139 = new LoadedDriver("rtl8139", "rtl8139.elf", Rtl8139Base, (uint)sizeof(PacketRequest), (uint)sizeof(PacketReply));
        for (int i = 0; i < DriverConfig.MaxDevices; i++)
        {
            if (!PciConfig.TryFind(RealtekVendor, Rtl8139Device, i, out PciAddress pci)) break;
            PciConfig.EnableIoAndBusMastering(pci);
            var resources = new DeviceResources { IoBase = PciConfig.IoBase(pci, 0), Irq = PciConfig.InterruptLine(pci) };
            if (i == 0) Rtl8139.Config.Device0 = resources; else Rtl8139.Config.Device1 = resources;
            Rtl8139.Config.DeviceCount = (uint)i + 1;
        }
        Start(Rtl8139, "driver.rtl8139.started");
        NetLayer.Nic = Rtl8139;
    }

    public static FaultTarget TargetOf(LoadedDriver driver) => driver == Ata ? FaultTarget.Ata : FaultTarget.Rtl8139;

    // The PIIX3 IDE function (8086:7010): its BAR4 holds the bus-master registers. The
    // command line word `ata=pio` keeps the driver on programmed I/O.
    private static ushort IdeBusMasterBase()
    {
        const ushort IntelVendor = 0x8086, Piix3Ide = 0x7010;
        if (CommandLine.ValueIs("ata", "pio") || !PciConfig.TryFind(IntelVendor, Piix3Ide, 0, out PciAddress ide)) return 0;
        PciConfig.EnableIoAndBusMastering(ide);
        return PciConfig.IoBase(ide, 4);
    }

    private static void Start(LoadedDriver driver, string checkName)
    {
        // The fault plan of the command line, aimed at the kernel's own table of this driver's entry points.
        FaultPlanParser.TryParse(Multiboot.CommandLine, driver.Name, out driver.Config.Faults);
        driver.Config.Faults.WildWriteTarget = (ulong)&driver.Exports->Request;
        if (driver.Config.Faults.IsArmed) FaultPlanLine.Write(driver.Config.Faults, FaultPlanState.Armed);
        InterruptLines.Enable(driver.Config.Device0.Irq);
        if (driver.Config.DeviceCount > 1) InterruptLines.Enable(driver.Config.Device1.Irq);
        DriverConfig config = driver.Config;
        bool ok = driver.Config.DeviceCount > 0 && RecoveryAgent.Load(driver) && DriverCalls.Start(driver, &config);
        Report.CheckValue(checkName, ok, "status", (ulong)(long)driver.Info.Status);
        if (!ok) return;
        TbLine.Begin("driver").Field("name", driver.Name).Address("base", driver.Region.Base)
            .Field("image-bytes", driver.ImageEnd - driver.ImageStart).Field("devices", driver.Config.DeviceCount)
            .Field("capacity", driver.Info.Capacity).Field("irq", (ulong)driver.Config.Device0.Irq)
            .Address("bus-master", driver.Config.Device0.BusMasterBase).End();
    }
}
