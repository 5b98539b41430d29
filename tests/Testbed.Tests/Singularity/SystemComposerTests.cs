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
        string contract = "Echo", string dependency = "Testbed.Sip")
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
                "stackPages": 2, "heapPages": 16
              }
            }
            """;
        ulong start = Slot + (ulong)slot * (16UL << 20);
        return SipManifest.Parse(json, name, start, start + 0x3000);
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
        Assert.Contains("sip name=ata code=ata.elf stack=4 heap=32 ports=0x1F0:8,0x3F6:1 irq=14 driver=1 exports=/dev/disk0", system);
    }

    [Fact]
    public void TwoDriversClaimingTheSamePorts_AreRefused()
    {
        var errors = SystemComposer.Check([
            Sip("disk0", 3, ports: """{ "base": "0x1F0", "count": 8 }"""),
            Sip("disk1", 4, ports: """{ "base": "0x1F4", "count": 4 }"""),
        ]);
        var error = Assert.Single(errors);
        Assert.Contains("port conflict", error);
        Assert.Contains("disk0", error);
        Assert.Contains("disk1", error);
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
        var folder = Directory.CreateTempSubdirectory("testbed-compose-").FullName;
        try
        {
            string a = Path.Combine(folder, "a.json"), b = Path.Combine(folder, "b.json"), output = Path.Combine(folder, "system.manifest");
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
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
