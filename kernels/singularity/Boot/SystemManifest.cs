// The composed system manifest (paper section 2.4, "manifest-based programs"): written at
// build time by Build/Composer after it refused conflicts and undeclared needs, booted as
// the module `system.manifest`. One line per SIP:
//   sip name=echo code=echo-service.elf stack=2 heap=64 ports=0x2F8:8 irq=3 driver=1 exports=/dev/echo imports=/dev/a,/dev/b
//   sip name=rtl8139 code=rtl8139.elf stack=4 heap=32 pci=10EC:8139:2 driver=1 exports=/dev/net0
//   sip name=ata code=ata.elf stack=4 heap=32 ports=0x1F0:8,0x3F6:1 irq=14 pci=8086:7010:1 bar=4:8 driver=1 exports=/dev/disk0
// At run time a SIP gets resources (ports, IRQ, pages) and name-space rights only from
// its own line.

namespace Singularity.Boot;

public sealed unsafe class ManifestEntry
{
    public const int MaxPaths = 4;
    public ByteText Name, Code;
    public int StackPages = 1, HeapPages;
    public ulong PortBase, PortCount, PortBase2, PortCount2;
    public ulong Irq = ulong.MaxValue;
    public bool Driver;
    public ulong PciVendor, PciDevice, PciCount;      // pci=10EC:8139:2 (the kernel finds them and grants their ports and lines)
    public ulong PciBar = ulong.MaxValue, PciBarPorts; // bar=4:8 makes the claim a BAR claim: that BAR's first 8 ports (0: all), no line
    public bool ClaimsPciBar => PciBar <= 5;
    public ByteText[] Exports = new ByteText[MaxPaths];
    public ByteText[] Imports = new ByteText[MaxPaths];
    public int ExportCount, ImportCount;

    public bool ImportsPath(string path) => Contains(Imports, ImportCount, path);
    public bool ExportsPath(string path) => Contains(Exports, ExportCount, path);

    private static bool Contains(ByteText[] list, int count, string path)
    {
        for (int i = 0; i < count; i++)
            if (list[i].Is(path)) return true;
        return false;
    }
}

public static unsafe class SystemManifest
{
    public const string ModuleName = "system.manifest";
    private static ManifestEntry[] s_entries = new ManifestEntry[16];
    private static int s_count;

    public static int Count => s_count;
    public static ManifestEntry At(int index) => s_entries[index];

    public static void Load()
    {
        if (!Multiboot.TryFindModule(ModuleName, out BootModule module)) Panic.Halt("singularity: no system.manifest boot module");
        byte* p = (byte*)module.Start;
        byte* end = (byte*)module.End;
        while (p < end)
        {
            byte* lineEnd = p;
            while (lineEnd < end && *lineEnd != '\n') lineEnd++;
            if (lineEnd - p > 4 && p[0] == 's' && p[1] == 'i' && p[2] == 'p' && p[3] == ' ')
            {
                if (s_count == s_entries.Length) Panic.Halt("singularity: too many SIPs in the manifest");
                s_entries[s_count++] = ParseLine(p + 4, lineEnd);
            }
            p = lineEnd + 1;
        }
    }

    public static ManifestEntry Find(string name)
    {
        for (int i = 0; i < s_count; i++)
            if (s_entries[i].Name.Is(name)) return s_entries[i];
        return null;
    }

    private static ManifestEntry ParseLine(byte* p, byte* end)
    {
        var entry = new ManifestEntry();
        while (p < end)
        {
            while (p < end && *p == ' ') p++;
            byte* key = p;
            while (p < end && *p != '=' && *p != ' ') p++;
            int keyLength = (int)(p - key);
            if (p >= end || *p != '=') continue;
            byte* value = ++p;
            while (p < end && *p != ' ' && *p != '\r') p++;
            var text = new ByteText(value, (int)(p - value));
            var k = new ByteText(key, keyLength);
            if (k.Is("name")) entry.Name = text;
            else if (k.Is("code")) entry.Code = text;
            else if (k.Is("stack")) entry.StackPages = (int)text.ParseNumber();
            else if (k.Is("heap")) entry.HeapPages = (int)text.ParseNumber();
            else if (k.Is("irq")) entry.Irq = text.ParseNumber();
            else if (k.Is("driver")) entry.Driver = text.Is("1");
            else if (k.Is("ports")) ParsePorts(text, entry);
            else if (k.Is("pci")) ParsePci(text, entry);
            else if (k.Is("bar")) ParseBar(text, entry);
            else if (k.Is("exports")) entry.ExportCount = ParseList(text, entry.Exports);
            else if (k.Is("imports")) entry.ImportCount = ParseList(text, entry.Imports);
        }
        return entry;
    }

    private static void ParsePci(ByteText text, ManifestEntry entry)
    {
        int first = -1, second = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text.Start[i] != ':') continue;
            if (first < 0) first = i; else second = i;
        }
        if (first < 0 || second < 0) return;
        entry.PciVendor = new ByteText(text.Start, first).ParseHex();
        entry.PciDevice = new ByteText(text.Start + first + 1, second - first - 1).ParseHex();
        entry.PciCount = new ByteText(text.Start + second + 1, text.Length - second - 1).ParseNumber();
    }

    // bar=4:8 (BAR 4, its first 8 ports) or bar=4:0 (all of BAR 4)
    private static void ParseBar(ByteText text, ManifestEntry entry)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text.Start[i] != ':') continue;
            entry.PciBar = new ByteText(text.Start, i).ParseNumber();
            entry.PciBarPorts = new ByteText(text.Start + i + 1, text.Length - i - 1).ParseNumber();
            return;
        }
    }

    // ports=0x1F0:8 or ports=0x1F0:8,0x3F6:1
    private static void ParsePorts(ByteText text, ManifestEntry entry)
    {
        var ranges = new ByteText[2];
        int count = ParseList(text, ranges);
        for (int r = 0; r < count; r++)
        {
            ByteText range = ranges[r];
            for (int i = 0; i < range.Length; i++)
            {
                if (range.Start[i] != ':') continue;
                ulong portBase = new ByteText(range.Start, i).ParseNumber();
                ulong portCount = new ByteText(range.Start + i + 1, range.Length - i - 1).ParseNumber();
                if (r == 0) { entry.PortBase = portBase; entry.PortCount = portCount; }
                else { entry.PortBase2 = portBase; entry.PortCount2 = portCount; }
            }
        }
    }

    private static int ParseList(ByteText text, ByteText[] into)
    {
        int count = 0;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text.Start[i] != ',') continue;
            if (i > start && count < into.Length) into[count++] = new ByteText(text.Start + start, i - start);
            start = i + 1;
        }
        return count;
    }
}
