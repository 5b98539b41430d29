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

/// <summary>PCI devices by vendor and device id; the kernel finds them and grants their I/O BAR and line.</summary>
public sealed record PciClaim(int Vendor, int Device, int Count)
{
    public override string ToString() => $"PCI {Vendor:X4}:{Device:X4}";
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
                    p.TryGetProperty("count", out var c) ? Number(c) : 1)).ToList() : [],
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
