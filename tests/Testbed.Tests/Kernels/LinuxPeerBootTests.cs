namespace Testbed.Tests.Kernels;

/// <summary>
/// Boots Debian's own kernel, the Linux peer (peers/linux), under QEMU TCG icount in both of
/// its modes: every row is reported with its definition and a plausible figure (the disk and
/// NIC rows through Debian's own ata_piix and 8139cp modules, their data checked), and forcing
/// page-table isolation on costs the null system call instructions (the CR3 switches and the
/// entry trampoline; their cycles are issue 14's cycle model's to count).
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class LinuxPeerBootTests
{
    private const int Iterations = 100;

    private static readonly (string Name, string Definition, ulong Low, ulong High)[] Rows =
    [
        ("syscall.getppid", "kernel-call.null", 100, 5_000),
        ("pipe.roundtrip", "ipc.roundtrip", 2_000, 100_000),
        ("socket.roundtrip", "ipc.roundtrip", 2_000, 200_000),
        ("thread.switch", "thread.ping-pong", 1_000, 100_000),
        ("process.spawn.static", "process.spawn-to-reaped", 50_000, 5_000_000),
        ("process.fork-exec-to-exit", "process.create-to-exit-call", 50_000, 5_000_000),
        ("process.spawn.vfork", "process.spawn-to-reaped", 50_000, 5_000_000),
        ("process.spawn.posix-spawn", "process.spawn-to-reaped", 50_000, 5_000_000),
        ("disk.read", "disk.read.4k.to-app-buffer", 5_000, 500_000),
        ("disk.write", "disk.write.4k.from-app-buffer", 5_000, 500_000),
        ("net.echo", "net.echo.app-buffers", 2_000, 200_000),
    ];

    private static async Task<Dictionary<string, BenchRecord>> BootAsync(string mode)
    {
        BootResult result = await IcountBoot.RunAsync(mode, $"iterations={Iterations}", timeoutSeconds: 120);
        IcountBoot.AssertPassed(result);
        IcountBoot.AssertChecksPassed(result, ["peer.iterations-in-range", "peer.hello-footprint-read", "peer.driver-modules-loaded",
            "peer.disk.data-intact", "peer.net.frames-intact"]);
        // The static C hello's resident pages, as the papers' "hello world" footprint: hundreds of KiB, the C library's.
        var footprint = Assert.Single(result.Records, r => r.Kind == "footprint" && r.Name == "hello.static-c");
        Assert.InRange(footprint.GetUInt64("resident") ?? 0, 64UL * 1024, 4UL * 1024 * 1024);
        Assert.True(footprint.GetUInt64("size") >= footprint.GetUInt64("resident"), "virtual size below resident");
        var hello = Assert.Single(result.Records, r => r.Kind == "hello");
        Assert.Equal(mode, hello.GetString("kernel"));
        // The boot says which Linux it is: Debian's amd64 kernel.
        var config = Assert.Single(result.Records, r => r.Kind == "config");
        Assert.Matches(@"^Linux version \S+-amd64 ", config.GetString("linux-version"));
        var benches = result.Benches.ToDictionary(b => b.Name);
        foreach (var (name, definition, low, high) in Rows)
        {
            Assert.True(benches.ContainsKey(name), $"{mode}: row {name} missing");
            Assert.Equal((ulong)Iterations, benches[name].N);
            Assert.Equal(definition, benches[name].Definition);
            Assert.InRange(benches[name].Median, low, high);
        }
        // The spawn to its first instruction is inside the spawn until it is reaped.
        Assert.True(benches["process.fork-exec-to-exit"].Median < benches["process.spawn.static"].Median);
        return benches;
    }

    [Fact]
    public async Task BothModes_ReportEveryRow_AndPageTableIsolationCostsTheNullSystemCall()
    {
        var off = await BootAsync("linux");
        var kpti = await BootAsync("linux-kpti");

        Assert.True(kpti["syscall.getppid"].Median > off["syscall.getppid"].Median,
            $"pti=on {kpti["syscall.getppid"].Median} vs mitigations=off {off["syscall.getppid"].Median}");
    }
}
