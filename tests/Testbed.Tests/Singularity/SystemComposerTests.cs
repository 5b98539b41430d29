using System.Diagnostics;
using Singularity.Composer;

namespace Testbed.Tests.Singularity;

/// <summary>
/// The system composer (kernels/singularity/Build/Composer): manifests are checked as one
/// system before anything boots; conflicts and undeclared needs are refused.
/// </summary>
public sealed class SystemComposerTests
{
    private const ulong Slot = 0x0000_0100_0000_0000;

    private static SipManifest Sip(string name, int slot, string? ports = null, int? irq = null, string? exports = null, string? imports = null,
        string contract = "Echo", string dependency = "Testbed.Sip", string? pci = null)
    {
        string Channels(string? path) => path == null ? "[]" : $$"""[ { "path": "{{path}}", "contract": "{{contract}}" } ]""";
        string json = $$"""
            {
              "name": "{{name}}", "code": "{{name}}.elf",
              "dependencies": ["Testbed.Runtime", "{{dependency}}"],
              "exports": {{Channels(exports)}}, "imports": {{Channels(imports)}},
              "resources": {
                "ioPorts": [ {{(ports == null ? "" : ports)}} ],
                "irqs": [ {{(irq == null ? "" : irq.ToString())}} ],
                "pci": [ {{(pci == null ? "" : pci)}} ],
                "stackPages": 2, "heapPages": 16
              }
            }
            """;
        ulong start = Slot + (ulong)slot * (16UL << 20);
        return SipManifest.Parse(json, name, start, start + 0x3000);
    }

    // Two SIPs that may not both hold a resource: one refusal, of that kind, naming both.
    private static string AssertOneConflict(string kind, SipManifest first, SipManifest second)
    {
        var error = Assert.Single(SystemComposer.Check([first, second]));
        Assert.Contains(kind, error);
        Assert.Contains(first.Name, error);
        Assert.Contains(second.Name, error);
        return error;
    }

    [Fact]
    public void TheKernelsOwnSips_Compose_WithoutProblems()
    {
        var root = Path.Combine(Snippets.RepositoryRoot, "kernels", "singularity", "Processes");
        var sips = Directory.EnumerateFiles(root, "manifest.json", SearchOption.AllDirectories)
            .Select(path => SipManifest.Parse(File.ReadAllText(path), path)).ToList();
        Assert.True(sips.Count >= 6);
        Assert.Empty(SystemComposer.Check(sips));
        string system = SystemComposer.Render(sips);
        Assert.Contains("sip name=echo code=echo-service.elf stack=2 heap=64 driver=1 exports=/dev/echo", system);
        Assert.Contains("sip name=ata code=ata.elf stack=4 heap=32 ports=0x1F0:8,0x3F6:1 irq=14 pci=8086:7010:1 bar=4:8 driver=1 exports=/dev/disk0", system);
        Assert.Contains("sip name=rtl8139 code=rtl8139.elf stack=4 heap=32 pci=10EC:8139:2 driver=1 exports=/dev/net0", system);
    }

    [Fact]
    public void TwoDriversClaimingTheSamePorts_AreRefused()
    {
        AssertOneConflict("port conflict",
            Sip("disk0", 3, ports: """{ "base": "0x1F0", "count": 8 }"""),
            Sip("disk1", 4, ports: """{ "base": "0x1F4", "count": 4 }"""));
    }

    // The ATA SIP's shape: fixed ISA ports and IRQ 14, plus the IDE controller's bus-master
    // registers (the first 8 ports of BAR4, found on the bus at start) for DMA.
    private const string IdeBusMasterClaim = """{ "vendor": "0x8086", "device": "0x7010", "count": 1, "bar": 4, "ports": 8 }""";
    private const string AtaPorts = """{ "base": "0x1F0", "count": 8 }, { "base": "0x3F6", "count": 1 }""";

    [Fact]
    public void ABarClaimBesideFixedPortsAndAnIrq_IsAccepted_AndGoesIntoTheSystemManifest()
    {
        SipManifest ata = Sip("ata", 3, ports: AtaPorts, irq: 14, pci: IdeBusMasterClaim);
        var claim = Assert.Single(ata.Pci);
        Assert.Equal(new PciClaim(0x8086, 0x7010, 1, 4, 8), claim);

        Assert.Empty(SystemComposer.Check([ata, Sip("net", 4, pci: """{ "vendor": "0x10EC", "device": "0x8139", "count": 2 }""")]));
        Assert.Contains("ports=0x1F0:8,0x3F6:1 irq=14 pci=8086:7010:1 bar=4:8", SystemComposer.Render([ata]));
        // Without "ports" the kernel grants the whole BAR (as much as it decodes).
        Assert.Contains("pci=8086:7010:1 bar=4:0", SystemComposer.Render([Sip("ata", 3, pci: """{ "vendor": "0x8086", "device": "0x7010", "bar": 4 }""")]));
    }

    [Fact]
    public void TwoSipsClaimingTheSameDeviceBar_AreRefused()
    {
        var error = AssertOneConflict("device conflict",
            Sip("disk0", 3, ports: AtaPorts, irq: 14, pci: IdeBusMasterClaim),
            Sip("disk1", 4, pci: """{ "vendor": "0x8086", "device": "0x7010", "bar": 4, "ports": 16 }"""));
        Assert.Contains("8086:7010 BAR4", error);
    }

    [Fact]
    public void AWholeDeviceClaim_ConflictsWithABarClaimOfTheSameDevice_ButAnotherBarDoesNot()
    {
        var whole = SystemComposer.Check([
            Sip("ata", 3, ports: AtaPorts, irq: 14, pci: IdeBusMasterClaim),
            Sip("ide", 4, pci: """{ "vendor": "0x8086", "device": "0x7010" }"""),
        ]);
        Assert.Contains(whole, e => e.Contains("device conflict") && e.Contains("ata claims PCI 8086:7010 BAR4") && e.Contains("ide claims PCI 8086:7010"));

        Assert.Empty(SystemComposer.Check([
            Sip("ata", 3, ports: AtaPorts, irq: 14, pci: IdeBusMasterClaim),
            Sip("other", 4, pci: """{ "vendor": "0x8086", "device": "0x7010", "bar": 5, "ports": 4 }"""),
        ]));
    }

    [Fact]
    public void ADeviceClaim_StillMayNotAddFixedPortsOrIrqs()
    {
        var errors = SystemComposer.Check([Sip("net", 3, irq: 11, pci: """{ "vendor": "0x10EC", "device": "0x8139", "count": 2 }""")]);
        Assert.Contains(errors, e => e.Contains("may not also claim fixed ones"));
    }

    [Theory]
    [InlineData("""{ "vendor": "0x8086", "device": "0x7010", "bar": 6 }""", "BARs 0..5")]
    [InlineData("""{ "vendor": "0x8086", "device": "0x7010", "bar": -1 }""", "BARs 0..5")]
    [InlineData("""{ "vendor": "0x8086", "device": "0x7010", "count": 2, "bar": 4 }""", "one device (count 1)")]
    [InlineData("""{ "vendor": "0x8086", "device": "0x7010", "bar": 4, "ports": 0 }""", "'ports' must be 1..256")]
    [InlineData("""{ "vendor": "0x8086", "device": "0x7010", "bar": 4, "ports": 512 }""", "'ports' must be 1..256")]
    [InlineData("""{ "vendor": "0x8086", "device": "0x7010", "ports": 8 }""", "name the BAR")]
    [InlineData("""{ "vendor": "0x18086", "device": "0x7010", "bar": 4 }""", "16-bit")]
    public void AMalformedBarClaim_IsRefused(string claim, string expected)
    {
        var errors = SystemComposer.Check([Sip("ata", 3, ports: AtaPorts, irq: 14, pci: claim)]);
        Assert.Contains(errors, e => e.Contains("ata") && e.Contains(expected));
    }

    [Fact]
    public void TwoPciClaimsInOneManifest_AreRefused()
    {
        var errors = SystemComposer.Check([Sip("ata", 3, ports: AtaPorts, irq: 14,
            pci: IdeBusMasterClaim + """, { "vendor": "0x8086", "device": "0x7010", "bar": 5 }""")]);
        Assert.Contains(errors, e => e.Contains("at most one PCI claim"));
    }

    [Fact]
    public void ABarThatIsNotANumber_DoesNotParse()
    {
        Assert.ThrowsAny<FormatException>(() => Sip("ata", 3, pci: """{ "vendor": "0x8086", "device": "0x7010", "bar": "four" }"""));
    }

    [Fact]
    public void PortsTheKernelKeeps_AreRefused()
    {
        var errors = SystemComposer.Check([Sip("uart", 3, ports: """{ "base": 1016, "count": 8 }""")]);
        Assert.Contains(errors, e => e.Contains("COM1"));
    }

    [Fact]
    public void TheSameIrqTwice_IsRefused()
    {
        var errors = SystemComposer.Check([Sip("a", 3, irq: 11), Sip("b", 4, irq: 11)]);
        Assert.Contains(errors, e => e.Contains("IRQ conflict") && e.Contains("IRQ 11"));
    }

    [Fact]
    public void AnImportNobodyExports_IsAnUndeclaredNeed()
    {
        var errors = SystemComposer.Check([Sip("client", 4, imports: "/dev/net0")]);
        Assert.Contains(errors, e => e.Contains("imports /dev/net0") && e.Contains("no SIP"));
    }

    [Fact]
    public void AnImportWithAnotherContract_IsRefused()
    {
        var errors = SystemComposer.Check([Sip("svc", 3, exports: "/dev/echo"), Sip("client", 4, imports: "/dev/echo", contract: "Disk")]);
        Assert.Contains(errors, e => e.Contains("contract Disk") && e.Contains("contract Echo"));
    }

    [Fact]
    public void TwoSipsInOneSlot_AreAMemoryConflict()
    {
        var errors = SystemComposer.Check([Sip("a", 5), Sip("b", 5)]);
        Assert.Contains(errors, e => e.Contains("memory conflict"));
    }

    [Fact]
    public void ADependencyOutsideTheSipLibraries_IsRefused()
    {
        var errors = SystemComposer.Check([Sip("a", 5, dependency: "System.Net.Http")]);
        Assert.Contains(errors, e => e.Contains("System.Net.Http"));
    }

    [Fact]
    public void TheComposerCommand_RefusesAConflict_AndWritesNoSystemManifest()
    {
        using var folder = new TempFolder("testbed-compose-");
        string a = folder.PathOf("a.json"), b = folder.PathOf("b.json"), output = folder.PathOf("system.manifest");
        File.WriteAllText(a, """{ "name": "a", "code": "a.elf", "resources": { "ioPorts": [ { "base": "0x170", "count": 8 } ] } }""");
        File.WriteAllText(b, """{ "name": "b", "code": "b.elf", "resources": { "ioPorts": [ { "base": "0x170", "count": 1 } ] } }""");
        var start = new ProcessStartInfo("dotnet", [typeof(SystemComposer).Assembly.Location, output, a, b]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("system refused before boot: port conflict", text);
        Assert.False(File.Exists(output));
    }
}
