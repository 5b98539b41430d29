// One SIP's manifest (manifest.json beside its project): what it is, what it needs.
using System.Globalization;
using System.Text.Json;

namespace Singularity.Composer;

public sealed record PortRange(int Base, int Count)
{
    public int End => Base + Count;
    public bool Overlaps(PortRange other) => Base < other.End && other.Base < End;
    public override string ToString() => $"0x{Base:X}..0x{End - 1:X}";
}

public sealed record ChannelDeclaration(string Path, string Contract);

/// <summary>
/// PCI devices by vendor and device id, found by the kernel on the bus when the SIP starts.
/// Without a <see cref="Bar"/>, a device claim: the kernel grants each device's I/O BAR 0
/// and its interrupt line, and the SIP may claim no fixed ports or IRQs besides. With a
/// BAR (0..5), a BAR claim on the first such device: the kernel grants that I/O BAR (its
/// first <see cref="Ports"/> ports, or all of it if none are given) as one more port range and lets the
/// device master the bus, but no interrupt line; the SIP's fixed ranges and IRQ stay its own
/// (a PCI IDE controller in compatibility mode: ISA ports and IRQ 14, bus-master registers in BAR4).
/// </summary>
public sealed record PciClaim(int Vendor, int Device, int Count, int? Bar = null, int? Ports = null)
{
    public const int MaxBar = 5, MaxBarPorts = 256;
    public bool ClaimsBar => Bar != null;
    /// <summary>Two claims overlap if they name the same device id and either takes the whole device or both take the same BAR.</summary>
    public bool Overlaps(PciClaim other) => Vendor == other.Vendor && Device == other.Device && (!ClaimsBar || !other.ClaimsBar || Bar == other.Bar);
    public override string ToString() => ClaimsBar ? $"PCI {Vendor:X4}:{Device:X4} BAR{Bar}" : $"PCI {Vendor:X4}:{Device:X4}";
}

public sealed class SipManifest
{
    public string Name { get; init; } = "";
    public string Code { get; init; } = "";
    public List<string> Dependencies { get; init; } = [];
    public List<ChannelDeclaration> Exports { get; init; } = [];
    public List<ChannelDeclaration> Imports { get; init; } = [];
    public List<PortRange> IoPorts { get; init; } = [];
    public List<int> Irqs { get; init; } = [];
    public List<PciClaim> Pci { get; init; } = [];
    public int StackPages { get; init; } = 1;
    public int HeapPages { get; init; }
    public bool Driver { get; init; }
    /// <summary>Where its image is linked: [start, end) of its PT_LOAD segments (from the ELF).</summary>
    public ulong ImageStart { get; init; }
    public ulong ImageEnd { get; init; }
    public string Source { get; init; } = "";

    public static SipManifest Parse(string json, string source, ulong imageStart = 0, ulong imageEnd = 0)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var resources = root.TryGetProperty("resources", out var r) ? r : default;
        return new SipManifest
        {
            Name = root.GetProperty("name").GetString() ?? "",
            Code = root.GetProperty("code").GetString() ?? "",
            Dependencies = Strings(root, "dependencies"),
            Exports = Channels(root, "exports"),
            Imports = Channels(root, "imports"),
            IoPorts = resources.ValueKind == JsonValueKind.Object && resources.TryGetProperty("ioPorts", out var ports)
                ? ports.EnumerateArray().Select(p => new PortRange(Number(p.GetProperty("base")), Number(p.GetProperty("count")))).ToList() : [],
            Irqs = resources.ValueKind == JsonValueKind.Object && resources.TryGetProperty("irqs", out var irqs)
                ? irqs.EnumerateArray().Select(Number).ToList() : [],
            Pci = resources.ValueKind == JsonValueKind.Object && resources.TryGetProperty("pci", out var pci)
                ? pci.EnumerateArray().Select(p => new PciClaim(Number(p.GetProperty("vendor")), Number(p.GetProperty("device")),
                    p.TryGetProperty("count", out var c) ? Number(c) : 1,
                    p.TryGetProperty("bar", out var bar) ? Number(bar) : null,
                    p.TryGetProperty("ports", out var barPorts) ? Number(barPorts) : null)).ToList() : [],
            StackPages = resources.ValueKind == JsonValueKind.Object && resources.TryGetProperty("stackPages", out var s) ? Number(s) : 1,
            HeapPages = resources.ValueKind == JsonValueKind.Object && resources.TryGetProperty("heapPages", out var h) ? Number(h) : 0,
            Driver = root.TryGetProperty("driver", out var d) && d.ValueKind == JsonValueKind.True,
            ImageStart = imageStart,
            ImageEnd = imageEnd,
            Source = source,
        };
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];

    private static List<ChannelDeclaration> Channels(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(e => new ChannelDeclaration(e.GetProperty("path").GetString() ?? "", e.GetProperty("contract").GetString() ?? "")).ToList()
            : [];

    // Numbers may be written as JSON numbers or as "0x..." strings (port numbers read better in hex).
    private static int Number(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Number) return element.GetInt32();
        string text = element.GetString() ?? "";
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? int.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : int.Parse(text, CultureInfo.InvariantCulture);
    }
}
