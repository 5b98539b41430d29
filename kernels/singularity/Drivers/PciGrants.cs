// PCI devices a manifest names (`pci=10EC:8139:2`): their resources are not known until
// the kernel finds them on the bus, so the grant happens when the SIP starts: the
// kernel enables the device's I/O decoding and bus mastering and gives the SIP the
// device's I/O BAR (as a port range) and its interrupt line, and nothing else.
using Singularity.Abi;
using Singularity.Boot;
using Testbed.Hal;

namespace Singularity.Drivers;

public static unsafe class PciGrants
{
    public const ulong PortsPerDevice = 256;

    public static void Grant(ManifestEntry manifest, StartInfo* info)
    {
        for (int i = 0; i < 2 && (ulong)i < manifest.PciCount; i++)
        {
            if (!PciConfig.TryFind((ushort)manifest.PciVendor, (ushort)manifest.PciDevice, i, out PciAddress device)) break;
            PciConfig.EnableIoAndBusMastering(device);
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
}
