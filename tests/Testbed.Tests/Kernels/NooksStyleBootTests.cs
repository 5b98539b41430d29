using Testbed.Harness.Boot;
using Testbed.Harness.Outcomes;
using Testbed.Harness.Qemu;
using Testbed.Tests.Support;

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

    private static Task<BootResult> Boot(string append, int timeoutSeconds = 60) =>
        BootSession.RunAsync(BootRequest.ForKernel("nooks-style") with
        {
            Accel = AccelRequest.Tcg,
            Icount = true,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
            Append = append,
        });

    private static string Describe(BootResult result) =>
        $"{result.Outcome}: {result.Verdict.Reason}\n{string.Join('\n', result.LogLines.TakeLast(10))}\n" +
        string.Join('\n', result.Records.TakeLast(15).Select(r => r.Kind + " " + r.Fields.ToString()));

    private static void AssertWorkloadsClean(BootResult result, bool disk, bool net)
    {
        var checks = result.Checks.ToDictionary(c => c.Name);
        var expected = new List<string>();
        if (disk) expected.AddRange(["disk-integrity.completed", "disk-integrity.no-errors", "disk-integrity.no-corruption"]);
        if (net) expected.AddRange(["net-echo.completed", "net-echo.no-errors", "net-echo.no-corruption"]);
        foreach (var name in expected)
        {
            Assert.True(checks.TryGetValue(name, out var check), $"check {name} was not reported\n{Describe(result)}");
            Assert.True(check!.Ok, $"check {name} failed: {check.Detail}\n{Describe(result)}");
        }
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

        Assert.True(result.Outcome == Outcome.Passed, Describe(result));
        AssertWorkloadsClean(result, disk: true, net: true);
        Assert.DoesNotContain(result.Records, r => r.Kind == "fault");
    }

    [Fact]
    public async Task AtaOverPio_PassesClean_AndSurvivesAFault()
    {
        BootResult result = await Boot($"isolation=on ata=pio workload=disk {Small} fault=ata:illegal-instruction@6");

        Assert.True(result.Outcome == Outcome.Passed, Describe(result));
        var driver = Assert.Single(result.Records, r => r.Kind == "driver" && r.Fields.GetProperty("name").GetString() == "ata");
        Assert.Equal("0x0", driver.Fields.GetProperty("bus-master").GetString());
        Assert.Single(result.Records, r => r.Kind == "recovery");
        AssertWorkloadsClean(result, disk: true, net: false);
    }

    [Theory]
    [InlineData("ata", "null-deref", 3, "page-fault")]
    [InlineData("ata", "wild-write", 2, "page-fault")]
    [InlineData("ata", "infinite-loop", 5, "hang")]
    [InlineData("ata", "illegal-instruction", 7, "invalid-opcode")]
    [InlineData("ata", "bad-return", 6, "bad-return")]
    [InlineData("rtl8139", "null-deref", 4, "page-fault")]
    [InlineData("rtl8139", "wild-write", 5, "page-fault")]
    [InlineData("rtl8139", "infinite-loop", 3, "hang")]
    [InlineData("rtl8139", "illegal-instruction", 8, "invalid-opcode")]
    [InlineData("rtl8139", "bad-return", 6, "bad-return")]
    public async Task DriverFault_WithIsolationOn_IsCaught_DriverRestarted_WorkloadCompletesUncorrupted(
        string driver, string kind, int request, string detectedAs)
    {
        string workload = driver == "ata" ? "disk" : "net";
        BootResult result = await Boot($"isolation=on workload={workload} {Small} fault={driver}:{kind}@{request}");

        Assert.True(result.Outcome == Outcome.Passed, Describe(result));
        var fault = Assert.Single(result.Records, r => r.Kind == "fault");
        Assert.Equal(detectedAs, fault.Fields.GetProperty("name").GetString());
        Assert.Equal(driver, fault.Fields.GetProperty("driver").GetString());
        Assert.Equal(0, fault.Fields.GetProperty("ring").GetInt32());
        var recovery = Assert.Single(result.Records, r => r.Kind == "recovery");
        Assert.Equal(driver, recovery.Fields.GetProperty("name").GetString());
        // Host-timed: a recovery includes the new driver's device reset, completed by QEMU in
        // host time (bench's recovery.ata varies by up to 27 % between runs), so only that it
        // was measured at all is checked; its band is in results/nooks-style-bench.csv.
        Assert.InRange(recovery.Fields.GetProperty("instr").GetInt64(), 1_000, 100_000_000);
        AssertWorkloadsClean(result, disk: workload == "disk", net: workload == "net");
        Assert.Contains(result.Checks, c => c.Name == $"recovery.{driver}.restarted" && c.Ok);
    }

    [Theory]
    [InlineData("ata", "null-deref", 3)]
    [InlineData("ata", "wild-write", 2)]
    [InlineData("ata", "illegal-instruction", 7)]
    [InlineData("ata", "bad-return", 6)]
    [InlineData("rtl8139", "bad-return", 6)]
    public async Task DriverFault_WithIsolationOff_BringsTheKernelDown(string driver, string kind, int request)
    {
        string workload = driver == "ata" ? "disk" : "net";
        BootResult result = await Boot($"isolation=off workload={workload} {Small} fault={driver}:{kind}@{request}");

        Assert.True(result.Outcome == Outcome.Panic, Describe(result));
        Assert.DoesNotContain(result.Records, r => r.Kind == "recovery");
    }

    [Fact]
    public async Task DriverHang_WithIsolationOff_IsReportedAsAHang()
    {
        BootResult result = await Boot($"isolation=off workload=net {Small} fault=rtl8139:infinite-loop@3", timeoutSeconds: 8);

        Assert.True(result.Outcome == Outcome.Hang, Describe(result));
    }

    [Fact]
    public async Task Bench_ReportsBothModes_Ratios_AndRecoveryTimes_InInstructions()
    {
        BootResult result = await Boot("bench iterations=20", timeoutSeconds: 120);

        Assert.True(result.Outcome == Outcome.Passed, Describe(result));
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
        Assert.Equal(References.Exact("nooks-style", "syscall.null.off"), benches["syscall.null.off"].Median);
        Assert.Equal(References.Exact("nooks-style", "syscall.null.on"), benches["syscall.null.on"].Median);
        // Host-timed (the drivers' device resets): within their bands of the reference.
        References.AssertWithinTolerance("nooks-style", "recovery.ata", benches["recovery.ata"].Median);
        References.AssertWithinTolerance("nooks-style", "recovery.rtl8139", benches["recovery.rtl8139"].Median);
    }
}
