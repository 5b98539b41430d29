// Checks a set of SIP manifests as one system and writes the kernel's system.manifest.
// Every problem is collected (not just the first), each naming the SIPs involved.
using System.Text;

namespace Singularity.Composer;

public static class SystemComposer
{
    public static readonly IReadOnlyList<string> AllowedLibraries = ["Testbed.Runtime", "Testbed.Sip", "Testbed.Sip.Drivers"];

    // What the kernel itself drives: the console UART, the PICs, the PIT (watchdog), QEMU's exit port.
    public static readonly IReadOnlyList<(PortRange Range, string Owner)> KernelPorts =
    [
        (new PortRange(0x3F8, 8), "the kernel's console (COM1)"),
        (new PortRange(0x20, 2), "the kernel's master PIC"),
        (new PortRange(0xA0, 2), "the kernel's slave PIC"),
        (new PortRange(0x40, 4), "the kernel's PIT (watchdog timer)"),
        (new PortRange(0xF4, 1), "the kernel's power-off port (isa-debug-exit)"),
    ];
    public static readonly IReadOnlyList<int> KernelIrqs = [0, 2, 4];

    public const ulong SipRegionBase = 0x0000_0100_0000_0000;
    public const ulong SlotSize = 16UL << 20;
    public const int Slots = 16;

    public static IReadOnlyList<string> Check(IReadOnlyList<SipManifest> sips)
    {
        var errors = new List<string>();
        foreach (var group in sips.GroupBy(s => s.Name).Where(g => g.Count() > 1))
            errors.Add($"two SIPs are named '{group.Key}'");

        foreach (var sip in sips)
        {
            foreach (var dependency in sip.Dependencies.Where(d => !AllowedLibraries.Contains(d)))
                errors.Add($"{sip.Name}: depends on '{dependency}', which is not an allowed SIP library ({string.Join(", ", AllowedLibraries)})");
            if (sip.StackPages is < 1 or > 16) errors.Add($"{sip.Name}: stackPages must be 1..16");
            if (sip.HeapPages is < 0 or > 2048) errors.Add($"{sip.Name}: heapPages must be 0..2048");
            if (sip.ImageEnd != 0)
            {
                int slot = SlotOf(sip.ImageStart);
                if (slot < 0 || SlotOf(sip.ImageEnd - 1) != slot || sip.ImageEnd - sip.ImageStart > 4UL << 20)
                    errors.Add($"{sip.Name}: image 0x{sip.ImageStart:X}..0x{sip.ImageEnd:X} is not inside one SIP slot's 4 MiB image area");
            }
            foreach (var range in sip.IoPorts)
            {
                if (range.Count <= 0 || range.Base < 0 || range.End > 0x10000) errors.Add($"{sip.Name}: invalid port range {range}");
                foreach (var (kernelRange, owner) in KernelPorts.Where(k => k.Range.Overlaps(range)))
                    errors.Add($"{sip.Name}: ports {range} conflict with {owner} ({kernelRange})");
            }
            if (sip.IoPorts.Count > 2) errors.Add($"{sip.Name}: at most two I/O port ranges per SIP");
            foreach (int irq in sip.Irqs)
            {
                if (irq is < 0 or > 15) errors.Add($"{sip.Name}: IRQ {irq} does not exist");
                else if (KernelIrqs.Contains(irq)) errors.Add($"{sip.Name}: IRQ {irq} is the kernel's");
            }
            if (sip.Irqs.Count > 1) errors.Add($"{sip.Name}: at most one IRQ per SIP");
            if (sip.Pci.Count > 1) errors.Add($"{sip.Name}: at most one PCI claim");
            foreach (var claim in sip.Pci)
            {
                if (claim.Vendor is < 0 or > 0xFFFF || claim.Device is < 0 or > 0xFFFF)
                    errors.Add($"{sip.Name}: PCI vendor and device ids are 16-bit numbers (0x{claim.Vendor:X}:0x{claim.Device:X})");
                if (!claim.ClaimsBar)
                {
                    if (claim.Count is < 1 or > 2) errors.Add($"{sip.Name}: a PCI device claim is of one or two devices");
                    if (claim.Ports != null) errors.Add($"{sip.Name}: {claim}: 'ports' limits a BAR claim; name the BAR ('bar')");
                    if (sip.IoPorts.Count > 0 || sip.Irqs.Count > 0)
                        errors.Add($"{sip.Name}: a PCI driver gets its ports and line from its devices; it may not also claim fixed ones");
                    continue;
                }
                // A BAR claim: one more port range of one device, beside the SIP's fixed ranges and IRQ.
                if (claim.Bar is < 0 or > PciClaim.MaxBar) errors.Add($"{sip.Name}: {claim}: a PCI function has BARs 0..{PciClaim.MaxBar}");
                if (claim.Count != 1) errors.Add($"{sip.Name}: {claim}: a BAR claim is of one device (count 1)");
                if (claim.Ports is < 1 or > PciClaim.MaxBarPorts) errors.Add($"{sip.Name}: {claim}: 'ports' must be 1..{PciClaim.MaxBarPorts}");
            }
            if (sip.Exports.Count > 4 || sip.Imports.Count > 4) errors.Add($"{sip.Name}: at most four exports and four imports");
        }

        for (int i = 0; i < sips.Count; i++)
            for (int j = i + 1; j < sips.Count; j++)
            {
                SipManifest a = sips[i], b = sips[j];
                foreach (var ra in a.IoPorts)
                    foreach (var rb in b.IoPorts.Where(rb => rb.Overlaps(ra)))
                        errors.Add($"port conflict: {a.Name} claims {ra} and {b.Name} claims {rb}");
                foreach (var pa in a.Pci)
                    foreach (var pb in b.Pci.Where(pa.Overlaps))
                        errors.Add(pa == pb ? $"device conflict: {a.Name} and {b.Name} both claim {pa}"
                            : $"device conflict: {a.Name} claims {pa} and {b.Name} claims {pb}");
                foreach (int irq in a.Irqs.Intersect(b.Irqs))
                    errors.Add($"IRQ conflict: {a.Name} and {b.Name} both claim IRQ {irq}");
                if (a.ImageEnd != 0 && b.ImageEnd != 0 && SlotOf(a.ImageStart) == SlotOf(b.ImageStart))
                    errors.Add($"memory conflict: {a.Name} and {b.Name} are linked into the same SIP slot ({SlotOf(a.ImageStart)})");
                foreach (var path in a.Exports.Select(e => e.Path).Intersect(b.Exports.Select(e => e.Path)))
                    errors.Add($"name conflict: {a.Name} and {b.Name} both export {path}");
            }

        foreach (var sip in sips)
            foreach (var import in sip.Imports)
            {
                var exporter = sips.FirstOrDefault(s => s.Exports.Any(e => e.Path == import.Path));
                if (exporter == null)
                    errors.Add($"{sip.Name}: imports {import.Path} ({import.Contract}), which no SIP in the system exports");
                else if (exporter.Exports.First(e => e.Path == import.Path).Contract != import.Contract)
                    errors.Add($"{sip.Name}: imports {import.Path} with contract {import.Contract}, but {exporter.Name} exports it with contract {exporter.Exports.First(e => e.Path == import.Path).Contract}");
            }
        return errors;
    }

    public static int SlotOf(ulong address) =>
        address < SipRegionBase || address >= SipRegionBase + Slots * SlotSize ? -1 : (int)((address - SipRegionBase) / SlotSize);

    /// <summary>The kernel's view: one `sip key=value ...` line per SIP (Boot/SystemManifest.cs parses it).</summary>
    public static string Render(IReadOnlyList<SipManifest> sips)
    {
        var text = new StringBuilder("# system.manifest: composed and checked at build time by Build/Composer\n");
        foreach (var sip in sips)
        {
            text.Append($"sip name={sip.Name} code={sip.Code} stack={sip.StackPages} heap={sip.HeapPages}");
            if (sip.IoPorts.Count > 0) text.Append(" ports=").Append(string.Join(",", sip.IoPorts.Select(p => $"0x{p.Base:X}:{p.Count}")));
            if (sip.Irqs.Count > 0) text.Append($" irq={sip.Irqs[0]}");
            if (sip.Pci.Count > 0) text.Append($" pci={sip.Pci[0].Vendor:X4}:{sip.Pci[0].Device:X4}:{sip.Pci[0].Count}");
            if (sip.Pci.Count > 0 && sip.Pci[0].ClaimsBar) text.Append($" bar={sip.Pci[0].Bar}:{sip.Pci[0].Ports ?? 0}");
            if (sip.Driver) text.Append(" driver=1");
            if (sip.Exports.Count > 0) text.Append(" exports=").Append(string.Join(",", sip.Exports.Select(e => e.Path)));
            if (sip.Imports.Count > 0) text.Append(" imports=").Append(string.Join(",", sip.Imports.Select(e => e.Path)));
            text.Append('\n');
        }
        return text.ToString();
    }
}
