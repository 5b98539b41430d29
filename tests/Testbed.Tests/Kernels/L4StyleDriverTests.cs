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

    static Task<BootResult> Boot(string append, int timeoutSeconds) => IcountBoot.RunAsync("l4-style", append, timeoutSeconds);

    static void AssertPassed(BootResult result, params string[] checks)
    {
        IcountBoot.AssertPassed(result);
        IcountBoot.AssertChecksPassed(result, checks);
    }

    [Fact]
    public async Task BothWorkloads_RunClean_ThroughUserLevelDrivers()
    {
        var result = await Boot("nobench nochecks drivers", 60);
        AssertPassed(result, WorkloadChecks);
        var finals = result.Records.Where(r => r.Kind == "progress" && r.Fields.GetProperty("final").GetBoolean()).ToList();
        Assert.Equal(2, finals.Count);
        Assert.All(finals, f => Assert.Equal(0, f.Fields.GetProperty("corrupted").GetInt32()));
    }

    // The cause is the manager's (its driver-restart event: the pager's fault message, the
    // missed heartbeat, the client's report of a reply that breaks the protocol) and, for a
    // CPU exception, the kernel's fault record of the ring-3 driver: a null write faults at
    // page 0, a wild write at the kernel's image (0x100000, supervisor-only).
    [Theory]
    [InlineData("ata", "null-deref", 3, "fault", "page-fault", 0x0UL)]
    [InlineData("ata", "wild-write", 4, "fault", "page-fault", 0x10_0000UL)]
    [InlineData("ata", "infinite-loop", 3, "missed-heartbeat", null, 0UL)]
    [InlineData("ata", "illegal-instruction", 2, "fault", "invalid-opcode", 0UL)]
    [InlineData("ata", "bad-return", 5, "client-report", null, 0UL)]
    [InlineData("rtl8139", "null-deref", 4, "fault", "page-fault", 0x0UL)]
    [InlineData("rtl8139", "wild-write", 5, "fault", "page-fault", 0x10_0000UL)]
    [InlineData("rtl8139", "infinite-loop", 3, "missed-heartbeat", null, 0UL)]
    [InlineData("rtl8139", "illegal-instruction", 2, "fault", "invalid-opcode", 0UL)]
    [InlineData("rtl8139", "bad-return", 6, "client-report", null, 0UL)]
    public async Task EveryFaultKind_IsSurvived_ForItsCause_AtItsRequest_TheDriverRestarted_NoDataLost(
        string driver, string kind, int request, string why, string? exception, ulong faultAddress)
    {
        var result = await Boot($"{Small} fault={driver}:{kind}@{request}", 90);
        AssertPassed(result, [.. WorkloadChecks, $"recovery.{driver}.restarted"]);
        var commit = Assert.Single(IcountBoot.FaultPlans(result), p => p.IsCommitted);
        Assert.Equal(new FaultPlanRecord(driver, kind, (ulong)request, "committed"), commit);
        var restart = Assert.Single(result.Records, r => r.Kind == "driver-restart");
        Assert.Equal(why, restart.Name);
        var faults = result.Records.Where(r => r.Kind == "fault").ToList();
        if (exception == null) Assert.Empty(faults);
        else
        {
            var fault = Assert.Single(faults);
            Assert.Equal(exception, fault.GetString("name"));
            Assert.Equal(3UL, fault.GetUInt64("ring"));
            if (exception == "page-fault") Assert.Equal(faultAddress, Convert.ToUInt64(fault.GetString("address"), 16));
        }
        Assert.Single(result.Records, r => r.Kind == "recovery" && r.Name == driver);
        var finals = result.Records.Where(r => r.Kind == "progress" && r.Fields.GetProperty("final").GetBoolean()).ToList();
        Assert.All(finals, f => Assert.Equal(0UL, f.GetUInt64("corrupted")));
    }

    // A persistent fault (`!`): each new incarnation commits it again at its 2nd request; the
    // manager gives up after RestartBudget's restarts; the kernel and the disk driver go on.
    [Fact]
    public async Task PersistentFault_ExhaustsTheRestartBudget_TheDriverIsLost_TheKernelStaysUp()
    {
        var result = await Boot($"{Small} fault=rtl8139:null-deref@2!", 90);

        Assert.True(result.Outcome == Outcome.DriverLost, $"{result.Outcome}: {result.Verdict.Reason}");
        Assert.Equal(11, result.ExitCode);
        var commits = IcountBoot.FaultPlans(result).Where(p => p.IsCommitted).ToList();
        Assert.Equal(4, commits.Count);
        Assert.All(commits, c => Assert.Equal(new FaultPlanRecord("rtl8139", "null-deref", 2, "committed"), c));
        var gaveUp = Assert.Single(result.Records, r => r.Kind == "recovery" && r.GetString("state") == "gave-up");
        Assert.Equal("rtl8139", gaveUp.Name);
        Assert.Equal(3UL, gaveUp.GetUInt64("restarts"));
        Assert.Contains(result.Records, r => r.AsDone() is not null);
        var finals = result.Records.Where(r => r.Kind == "progress" && r.Fields.GetProperty("final").GetBoolean()).ToDictionary(r => r.Name!);
        Assert.Equal(0UL, finals["disk-integrity"].GetUInt64("errors"));
        Assert.True(finals["net-echo"].GetUInt64("errors") > 0);
        Assert.Equal(0UL, finals["net-echo"].GetUInt64("corrupted"));
    }

    [Fact]
    public async Task DriverPaths_AreAtMostTenPercentSlower_ThanTheMonolithicBaseline()
    {
        var l4 = (await Boot("nochecks noworkloads drivers iterations=200", 120)).Benches.ToDictionary(b => b.Name);
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
        var result = await Boot("nochecks noworkloads drivers iterations=50", 120);
        AssertPassed(result, "bench.drivers.ran", "recovery.ata.measured", "recovery.rtl8139.measured");
        var benches = result.Benches.ToDictionary(b => b.Name);
        foreach (var name in new[] { "disk.read", "disk.write", "net.echo", "recovery.ata", "recovery.rtl8139" })
            Assert.True(benches.ContainsKey(name), $"benchmark {name} was not reported");
        // A 4 KiB transfer by PIO cannot take fewer instructions than a register IPC round trip.
        Assert.True(benches["disk.read"].Min > benches["ipc.roundtrip.inter-as"].Median);
    }
}
