using Testbed.Harness.Boot;
using Testbed.Harness.Outcomes;

namespace Testbed.Tests.Kernels;

/// <summary>
/// The shared disk and network drivers as l4-style user tasks under the driver manager:
/// both workloads clean, and every fault kind in each driver survived (kernel up, driver
/// restarted, no error and no corrupted block or frame seen by the workload).
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class L4StyleDriverTests
{
    const string Small = "nobench nochecks drivers blocks=4 rounds=1 frames=16";

    static readonly string[] WorkloadChecks =
    [
        "driver.ata.started", "driver.rtl8139.started",
        "disk-integrity.completed", "disk-integrity.no-errors", "disk-integrity.no-corruption",
        "net-echo.completed", "net-echo.no-errors", "net-echo.no-corruption",
    ];

    static void AssertPassed(BootResult result, params string[] checks)
    {
        Assert.True(result.Outcome == Outcome.Passed, $"{result.Outcome}: {result.Verdict.Reason}\n{string.Join('\n', result.LogLines.TakeLast(15))}");
        var reported = result.Checks.ToDictionary(c => c.Name);
        foreach (var name in checks)
        {
            Assert.True(reported.TryGetValue(name, out var check), $"check {name} was not reported");
            Assert.True(check!.Ok, $"check {name} failed: {check.Detail}");
        }
    }

    [Fact]
    public async Task BothWorkloads_RunClean_ThroughUserLevelDrivers()
    {
        var result = await L4StyleDevices.BootAsync("nobench nochecks drivers", TimeSpan.FromSeconds(60));
        AssertPassed(result, WorkloadChecks);
        var finals = result.Records.Where(r => r.Kind == "progress" && r.Fields.GetProperty("final").GetBoolean()).ToList();
        Assert.Equal(2, finals.Count);
        Assert.All(finals, f => Assert.Equal(0, f.Fields.GetProperty("corrupted").GetInt32()));
    }

    [Theory]
    [InlineData("ata", "null-deref", 3)]
    [InlineData("ata", "wild-write", 4)]
    [InlineData("ata", "infinite-loop", 3)]
    [InlineData("ata", "illegal-instruction", 2)]
    [InlineData("ata", "bad-return", 5)]
    [InlineData("rtl8139", "null-deref", 4)]
    [InlineData("rtl8139", "wild-write", 5)]
    [InlineData("rtl8139", "infinite-loop", 3)]
    [InlineData("rtl8139", "illegal-instruction", 2)]
    [InlineData("rtl8139", "bad-return", 6)]
    public async Task EveryFaultKind_IsSurvived_TheDriverRestarted_NoDataLost(string driver, string kind, int request)
    {
        var result = await L4StyleDevices.BootAsync($"{Small} fault={driver}:{kind}@{request}", TimeSpan.FromSeconds(90));
        AssertPassed(result, [.. WorkloadChecks, $"recovery.{driver}.restarted"]);
        Assert.Contains(result.Records, r => r.Kind == "recovery" && r.Fields.GetProperty("name").GetString() == driver);
    }

    [Fact]
    public async Task DriverPaths_AreAtMostTenPercentSlower_ThanTheMonolithicBaseline()
    {
        var l4 = (await L4StyleDevices.BootAsync("nochecks noworkloads drivers iterations=200", TimeSpan.FromSeconds(120))).Benches.ToDictionary(b => b.Name);
        var nooks = (await BootSession.RunAsync(BootRequest.ForKernel("nooks-style") with
        {
            Accel = Testbed.Harness.Qemu.AccelRequest.Tcg,
            Icount = true,
            Timeout = TimeSpan.FromSeconds(120),
            Append = "iterations=200",
        })).Benches.ToDictionary(b => b.Name);
        // The target: user-level drivers cost at most 10% over nooks-style with isolation off
        // (medians; both kernels subtract the time they spent halted waiting for the device).
        foreach (var (ours, baseline) in new[] { ("disk.read", "disk.read.off"), ("disk.write", "disk.write.off"), ("net.echo", "net.echo.off") })
        {
            Assert.True(l4.ContainsKey(ours) && nooks.ContainsKey(baseline), $"{ours} or {baseline} was not reported");
            Assert.True(l4[ours].Median * 100 <= nooks[baseline].Median * 110,
                $"{ours}: {l4[ours].Median} instructions, more than 110% of {baseline} ({nooks[baseline].Median})");
        }
    }

    [Fact]
    public async Task DriverBenchmarks_AreReported_WithRecoveryTimes()
    {
        var result = await L4StyleDevices.BootAsync("nochecks noworkloads drivers iterations=50", TimeSpan.FromSeconds(120));
        AssertPassed(result, "bench.drivers.ran", "recovery.ata.measured", "recovery.rtl8139.measured");
        var benches = result.Benches.ToDictionary(b => b.Name);
        foreach (var name in new[] { "disk.read", "disk.write", "net.echo", "recovery.ata", "recovery.rtl8139" })
            Assert.True(benches.ContainsKey(name), $"benchmark {name} was not reported");
        // A 4 KiB transfer by PIO cannot take fewer instructions than a register IPC round trip.
        Assert.True(benches["disk.read"].Min > benches["ipc.roundtrip.inter-as"].Median);
    }
}
