// PCI devices a manifest names: their resources are not known until the kernel finds them
// on the bus, so the grant happens when the SIP starts, and grants nothing else.
//   pci=10EC:8139:2        a device claim: for each device, its I/O decoding and bus
//                          mastering on, its I/O BAR 0 as a port range and its interrupt line.
//   pci=8086:7010:1 bar=4:8  a BAR claim, beside the SIP's fixed ports and IRQ: the first
//                          device's BAR 4 (its first 8 ports; 0 = the whole BAR, never more
//                          than the BAR decodes) as one more range, bus mastering on, no line.
// The command line word `<sip>=pio` (e.g. `ata=pio`, as in the nooks-style and l4-style
// kernels) withholds a BAR claim: the driver finds no bus-master registers and uses PIO.

namespace Singularity.Drivers;

public static unsafe class PciGrants
{
    public const ulong PortsPerDevice = 256;

    public static void Grant(Sip sip)
    {
        ManifestEntry manifest = sip.Manifest;
        if (manifest.ClaimsPciBar)
        {
            GrantBar(sip);
            return;
        }
        StartInfo* info = sip.Info;
        for (int i = 0; i < 2 && (ulong)i < manifest.PciCount; i++)
        {
            if (!PciConfig.TryFind((ushort)manifest.PciVendor, (ushort)manifest.PciDevice, i, out PciAddress device)) break;
            PciConfig.EnableIoAndBusMastering(device);
            sip.MastersBus = true;
            ulong ioBase = PciConfig.IoBase(device, 0);
            ulong line = PciConfig.InterruptLine(device);
            if (i == 0)
            {
                info->PortBase = ioBase;
                info->PortCount = PortsPerDevice;
                info->Irq = line;
            }
            else
            {
                info->PortBase2 = ioBase;
                info->PortCount2 = PortsPerDevice;
                info->Irq2 = line;
            }
        }
    }

    private static void GrantBar(Sip sip)
    {
        ManifestEntry manifest = sip.Manifest;
        if (CommandLine.ValueIs(sip.Name, "pio")) return;
        if (!PciConfig.TryFind((ushort)manifest.PciVendor, (ushort)manifest.PciDevice, 0, out PciAddress device)) return;
        int bar = (int)manifest.PciBar;
        ulong ioBase = PciConfig.IoBase(device, bar);
        ulong size = PciConfig.IoSize(device, bar);
        if (ioBase == 0 || size == 0) return;                 // a memory BAR (or none): not a port range
        ulong ports = manifest.PciBarPorts == 0 || manifest.PciBarPorts > size ? size : manifest.PciBarPorts;
        PciConfig.EnableIoAndBusMastering(device);
        sip.MastersBus = true;
        sip.Info->PciPortBase = ioBase;
        sip.Info->PciPortCount = ports;
    }
}
