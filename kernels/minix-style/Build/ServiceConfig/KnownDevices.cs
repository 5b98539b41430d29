namespace Minix.SystemConf;

/// <summary>What a device needs its driver to hold: fixed port ranges and IRQ, or a PCI id.</summary>
public sealed record DeviceNeeds(PortRange[] Ports, byte? Irq, (ushort Vendor, ushort Device)? Pci);

/// <summary>
/// The devices a driver block may name with <c>device X;</c>, and what each needs. ata is
/// QEMU's PIIX primary IDE channel: its legacy ports and IRQ 14, and the PIIX3 IDE function's
/// PCI id, whose bus-master BAR (the DMA registers) the PCI bus assigns and the kernel grants
/// at run time. rtl8139 is a PCI device whose ports and IRQ the PCI bus assigns at run time,
/// so its driver names the PCI id alone.
/// </summary>
public static class KnownDevices
{
    public static readonly IReadOnlyDictionary<string, DeviceNeeds> All = new Dictionary<string, DeviceNeeds>
    {
        ["ata"] = new([new PortRange(0x1f0, 8), new PortRange(0x3f6, 1)], 14, (0x8086, 0x7010)),
        ["rtl8139"] = new([], null, (0x10ec, 0x8139)),
    };
}
