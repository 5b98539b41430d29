namespace Testbed.Tests.Kernels;

/// <summary>
/// Boots nooks-style under QEMU TCG (icount) with its disk and two NICs (qemu-args.txt,
/// a fresh scratch disk per boot) and asserts on what the kernel reported: the checked
/// workloads, the faults it caught, the recoveries, and, with isolation off, the crash or
/// hang that a driver bug causes in a monolithic kernel.
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class NooksStyleBootTests
{
    private const string Small = "blocks=4 rounds=2 frames=16";

    private static Task<BootResult> Boot(string append, int timeoutSeconds = 60) => IcountBoot.RunAsync("nooks-style", append, timeoutSeconds);

    private static void AssertWorkloadsClean(BootResult result, bool disk, bool net)
    {
        var expected = new List<string>();
        if (disk) expected.AddRange(["disk-integrity.completed", "disk-integrity.no-errors", "disk-integrity.no-corruption"]);
        if (net) expected.AddRange(["net-echo.completed", "net-echo.no-errors", "net-echo.no-corruption"]);
        IcountBoot.AssertChecksPassed(result, expected);
        var finals = result.Records.Where(r => r.Kind == "progress" && r.Fields.GetProperty("final").GetBoolean()).ToList();
        Assert.Equal((disk ? 1 : 0) + (net ? 1 : 0), finals.Count);
        Assert.All(finals, f => Assert.Equal(0, f.Fields.GetProperty("corrupted").GetInt64()));
    }

    [Theory]
    [InlineData("off")]
    [InlineData("on")]
    public async Task BothWorkloads_PassClean_WithIsolation(string isolation)
    {
        BootResult result = await Boot($"isolation={isolation} {Small}");

        IcountBoot.AssertPassed(result);
        AssertWorkloadsClean(result, disk: true, net: true);
        Assert.DoesNotContain(result.Records, r => r.Kind == "fault");
    }

    [Fact]
    public async Task AtaOverPio_PassesClean_AndSurvivesAFault()
    {
        BootResult result = await Boot($"isolation=on ata=pio workload=disk {Small} fault=ata:illegal-instruction@6");

        IcountBoot.AssertPassed(result);
        var driver = Assert.Single(result.Records, r => r.Kind == "driver" && r.Fields.GetProperty("name").GetString() == "ata");
        Assert.Equal("0x0", driver.Fields.GetProperty("bus-master").GetString());
        Assert.Single(result.Records, r => r.Kind == "recovery");
        AssertWorkloadsClean(result, disk: true, net: false);
    }

    // Both drivers faulted in one boot (both workloads; a plan per target): the kernel's
    // cause for each, the request the driver committed it at, the restart, no corrupted data.
    // A null write faults at page 0, a wild write at the kernel's table of the driver's entry
    // points (kernel data, read-only while the driver runs); the hang is the watchdog's.
    [Theory]
    [InlineData("null-deref", 3, "null-deref", 4, "page-fault")]
    [InlineData("wild-write", 2, "wild-write", 5, "page-fault")]
    [InlineData("infinite-loop", 5, "infinite-loop", 3, "hang")]
    [InlineData("illegal-instruction", 7, "illegal-instruction", 8, "invalid-opcode")]
    [InlineData("bad-return", 6, "bad-return", 6, "bad-return")]
    public async Task DriverFault_WithIsolationOn_IsCaughtForItsCause_AtItsRequest_DriverRestarted_WorkloadsUncorrupted(
        string ataKind, int ataAt, string netKind, int netAt, string cause)
    {
        BootResult result = await Boot($"isolation=on {Small} fault=ata:{ataKind}@{ataAt} fault=rtl8139:{netKind}@{netAt}");

        IcountBoot.AssertPassed(result);
        foreach (var (driver, kind, at) in new[] { ("ata", ataKind, ataAt), ("rtl8139", netKind, netAt) })
        {
            Assert.Equal(new FaultPlanRecord(driver, kind, (ulong)at, "committed"), IcountBoot.CommittedPlan(result, driver));
            var fault = Assert.Single(result.Records, r => r.Kind == "fault" && r.GetString("driver") == driver);
            Assert.Equal(cause, fault.GetString("name"));
            Assert.Equal(0, fault.Fields.GetProperty("ring").GetInt32());
            if (cause == "page-fault")
            {
                ulong address = Convert.ToUInt64(fault.GetString("address"), 16);
                if (kind == "null-deref") Assert.Equal(0UL, address);
                // The kernel heap (identity-mapped, low), not page 0, not the drivers' slots at 0xffff8000_00000000 up.
                else Assert.True(address >= 0x1000 && address < 0xFFFF_8000_0000_0000, $"wild write at {address:x}: not kernel data");
            }
            var recovery = Assert.Single(result.Records, r => r.Kind == "recovery" && r.Name == driver);
            // Host-timed: a recovery includes the new driver's device reset, completed by QEMU in
            // host time (bench's recovery.ata varies by up to 27 % between runs), so only that it
            // was measured at all is checked; its band is in results/nooks-style-bench.csv.
            Assert.InRange(recovery.Fields.GetProperty("instr").GetInt64(), 1_000, 100_000_000);
            Assert.Contains(result.Checks, c => c.Name == $"recovery.{driver}.restarted" && c.Ok);
        }
        AssertWorkloadsClean(result, disk: true, net: true);
    }

    // The monolithic baseline: the same faults bring the kernel down (the panic names what
    // the CPU raised in driver code) or hang it; the commit record says the fault ran, at its request.
    [Theory]
    [InlineData("ata", "null-deref", 3, "driver fault in ring 0")]
    [InlineData("ata", "wild-write", 2, "driver fault in ring 0")]
    [InlineData("ata", "illegal-instruction", 7, "driver fault in ring 0")]
    [InlineData("ata", "bad-return", 6, "page-fault")]
    [InlineData("rtl8139", "null-deref", 4, "driver fault in ring 0")]
    [InlineData("rtl8139", "wild-write", 5, "driver fault in ring 0")]
    [InlineData("rtl8139", "illegal-instruction", 8, "driver fault in ring 0")]
    [InlineData("rtl8139", "bad-return", 6, "page-fault")]
    public async Task DriverFault_WithIsolationOff_BringsTheKernelDown_NamingTheCause(string driver, string kind, int request, string panic)
    {
        string workload = driver == "ata" ? "disk" : "net";
        BootResult result = await Boot($"isolation=off workload={workload} {Small} fault={driver}:{kind}@{request}");

        Assert.True(result.Outcome == Outcome.Panic, IcountBoot.Describe(result));
        Assert.Equal(new FaultPlanRecord(driver, kind, (ulong)request, "committed"), IcountBoot.CommittedPlan(result, driver));
        Assert.Equal(panic, Assert.Single(result.Records.Select(r => r.AsPanic()).OfType<PanicRecord>()).Reason);
        Assert.DoesNotContain(result.Records, r => r.Kind == "recovery");
    }

    [Theory]
    [InlineData("ata", "disk")]
    [InlineData("rtl8139", "net")]
    public async Task DriverHang_WithIsolationOff_IsReportedAsAHang_AfterTheCommit(string driver, string workload)
    {
        BootResult result = await Boot($"isolation=off workload={workload} {Small} fault={driver}:infinite-loop@3", timeoutSeconds: 8);

        Assert.True(result.Outcome == Outcome.Hang, IcountBoot.Describe(result));
        Assert.Equal(new FaultPlanRecord(driver, "infinite-loop", 3, "committed"), IcountBoot.CommittedPlan(result, driver));
    }

    // A persistent fault (`!`): every restarted driver commits it again at its 3rd request;
    // the recovery agent gives up after RestartBudget's restarts; the kernel stays up and powers
    // off; the requests of the lost driver fail, none corrupted; the harness says driver lost.
    [Fact]
    public async Task PersistentFault_ExhaustsTheRestartBudget_TheDriverIsLost_TheKernelStaysUp()
    {
        BootResult result = await Boot($"isolation=on workload=disk {Small} fault=ata:null-deref@3!");

        Assert.True(result.Outcome == Outcome.DriverLost, IcountBoot.Describe(result));
        Assert.Equal(11, result.ExitCode);
        var commits = IcountBoot.FaultPlans(result).Where(p => p.IsCommitted).ToList();
        Assert.Equal(4, commits.Count);
        Assert.All(commits, c => Assert.Equal(new FaultPlanRecord("ata", "null-deref", 3, "committed"), c));
        Assert.Equal(4, result.Records.Count(r => r.Kind == "fault" && r.GetString("name") == "page-fault"));
        var gaveUp = Assert.Single(result.Records, r => r.Kind == "recovery" && r.GetString("state") == "gave-up");
        Assert.Equal(3UL, gaveUp.GetUInt64("restarts"));
        Assert.Equal(3, result.Records.Count(r => r.Kind == "recovery" && r.GetUInt64("instr") is not null));
        Assert.Contains(result.Records, r => r.AsDone() is not null);
        var final = Assert.Single(result.Records, r => r.Kind == "progress" && r.Fields.GetProperty("final").GetBoolean());
        Assert.True(final.GetUInt64("errors") > 0);
        Assert.Equal(0UL, final.GetUInt64("corrupted"));
    }

    [Fact]
    public async Task Bench_ReportsBothModes_Ratios_AndRecoveryTimes_InInstructions()
    {
        BootResult result = await Boot("bench iterations=20", timeoutSeconds: 120);

        IcountBoot.AssertPassed(result);
        Assert.Equal(MeasurementMode.TcgIcount, result.Mode);
        var benches = result.Benches.ToDictionary(b => b.Name);
        foreach (var name in new[] { "syscall.null", "disk.read", "disk.write", "net.echo" })
        {
            Assert.Equal(20UL, benches[name + ".off"].N);
            Assert.Equal(20UL, benches[name + ".on"].N);
            Assert.True(benches.ContainsKey("ratio." + name), $"ratio.{name} missing");
        }
        // The issue's target: within 15% on every driver path (ratios in thousandths), and
        // isolation must cost something on the network path. The figures themselves are pinned
        // at the reference's 1000 iterations by BaselineBootTests: the network ratio exactly
        // (at 20 iterations its median is another, as network medians depend on the count), the
        // disk ratios within ±10 %, since a disk operation's count depends on where the
        // host-timed DMA completion interrupt lands.
        Assert.True(benches["ratio.net.echo"].Median > 1000 && benches["ratio.net.echo"].Median <= 1150, $"ratio.net.echo {benches["ratio.net.echo"].Median}");
        Assert.True(benches["ratio.disk.read"].Median <= 1150, $"ratio.disk.read {benches["ratio.disk.read"].Median}");
        Assert.True(benches["ratio.disk.write"].Median <= 1150, $"ratio.disk.write {benches["ratio.disk.write"].Median}");
        Assert.All(result.Checks.Where(c => c.Name.StartsWith("overhead.")), c => Assert.True(c.Ok, c.Name));
        Assert.Equal(3, result.Checks.Count(c => c.Name.StartsWith("overhead.")));
        foreach (var name in BenchReplyChecks)
            Assert.True(result.Checks.Single(c => c.Name == name).Ok, $"{name} failed");
        Assert.Equal(References.Exact("nooks-style", "syscall.null.off"), benches["syscall.null.off"].Median);
        Assert.Equal(References.Exact("nooks-style", "syscall.null.on"), benches["syscall.null.on"].Median);
        // Host-timed (the drivers' device resets): within their bands of the reference.
        References.AssertWithinTolerance("nooks-style", "recovery.ata", benches["recovery.ata"].Median);
        References.AssertWithinTolerance("nooks-style", "recovery.rtl8139", benches["recovery.rtl8139"].Median);
    }

    // The apps process checks every result after its window (status, sectors and frames
    // intact) and sends each benchmark's count of wrong ones after its loop;
    // `selftest-break=<check>` makes the kernel read one more: that check, and only it, fails.
    static readonly string[] BenchReplyChecks =
    [
        "bench.disk.read.off.replies", "bench.disk.write.off.replies", "bench.net.echo.off.replies",
        "bench.disk.read.on.replies", "bench.disk.write.on.replies", "bench.net.echo.on.replies",
    ];

    [Theory]
    [InlineData("bench.disk.read.off.replies")]
    [InlineData("bench.disk.write.off.replies")]
    [InlineData("bench.net.echo.off.replies")]
    [InlineData("bench.disk.read.on.replies")]
    [InlineData("bench.disk.write.on.replies")]
    [InlineData("bench.net.echo.on.replies")]
    public async Task BenchReplyCheck_Fails_WhenItReadsAWrongReply(string check)
    {
        BootResult result = await Boot($"bench iterations=20 selftest-break={check}", timeoutSeconds: 120);

        Assert.True(result.Outcome == Outcome.ChecksFailed, IcountBoot.Describe(result));
        // The overhead.* targets compare host-timed medians of 20 samples (net echo on/off is
        // about 1.12 against its 1.15 bound at 20 iterations), so under load one may fail on
        // its own; every other check must pass.
        Assert.Equal([check], result.Checks.Where(c => !c.Ok && !c.Name.StartsWith("overhead.")).Select(c => c.Name).Distinct());
    }
}
