namespace Testbed.Tests.Kernels;

/// <summary>
/// Boots the real halcheck image under QEMU TCG (deterministic icount mode) and asserts on
/// what the kernel reported. The image is built by `dotnet build Testbed.sln`.
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class HalcheckBootTests
{
    private const int Iterations = 200;

    // Every HAL piece halcheck must report on; a check that goes missing fails the test.
    private static readonly string[] ExpectedChecks =
    [
        "runtime.allocation", "runtime.virtual-calls", "runtime.static-constructor", "runtime.reference-statics",
        "runtime.generics", "runtime.strings", "runtime.spans", "runtime.casts",
        "runtime.fault.throw", "runtime.fault.invalid-cast", "runtime.fault.index-out-of-range",
        "runtime.fault.null-reference", "runtime.fault.divide-by-zero",
        "memory.frame-allocator", "memory.map-translate", "memory.unmap", "memory.null-page-unmapped", "memory.heap",
        "loader.copies-file-bytes", "loader.zeroes-the-rest", "loader.maps-the-range", "loader.shared-page",
        "loader.refuses-bad-input",
        "user.exit", "user.syscall-arguments", "user.runtime", "user.frames-returned", "user.page-fault-caught",
        "user.privileged-instruction-caught", "user.read-only-enforced", "user.no-execute-enforced",
        "user.address-space-isolation", "timer.preemption", "sse.preserved-across-switches",
        "timer.one-shot", "serial.receive-loopback", "irq.line-counts-masks-rearms", "idle.advances-only-while-halted",
        "bench.interrupt.timer.replies", "bench.thread.switch.replies",
    ];

    private static readonly string[] FloorBenchmarks = ["syscall.null", "address-space.switch", "interrupt.timer", "thread.switch"];

    private static Task<BootResult> BootHalcheck(string append) => IcountBoot.RunAsync("halcheck", append);

    [Fact]
    public async Task Halcheck_PassesEveryHalCheck_AndPowersOffCleanly()
    {
        BootResult result = await BootHalcheck($"iterations={Iterations}");

        IcountBoot.AssertPassed(result);
        Assert.Equal(0, result.ExitCode);
        IcountBoot.AssertChecksPassed(result, ExpectedChecks);
    }

    [Fact]
    public async Task Halcheck_ReportsTheFloorFiguresOfItsReference_InInstructions()
    {
        BootResult result = await BootHalcheck($"iterations={Iterations}");

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Equal(MeasurementMode.TcgIcount, result.Mode);
        var benches = result.Benches.ToDictionary(b => b.Name);
        foreach (string name in FloorBenchmarks)
        {
            Assert.True(benches.TryGetValue(name, out var bench), $"benchmark {name} was not reported");
            Assert.Equal((ulong)Iterations, bench!.N);
            Assert.True(bench.Min <= bench.Median && bench.Median <= bench.Max, $"{name}: {bench.Min} {bench.Median} {bench.Max}");
            // Deterministic under icount, and the same median at 200 iterations as at the reference's 1000.
            Assert.Equal(References.Exact("halcheck", name), bench.Median);
        }
        // The target for a ring crossing: at most 50 instructions.
        Assert.True(benches["syscall.null"].Median <= 50);
    }

    [Fact]
    public async Task Halcheck_FloorFigures_AreIdenticalAcrossRuns_UnderIcount()
    {
        BootResult first = await BootHalcheck("iterations=50");
        BootResult second = await BootHalcheck("iterations=50");

        var a = first.Benches.ToDictionary(b => b.Name, b => b.Median);
        var b = second.Benches.ToDictionary(b => b.Name, b => b.Median);
        Assert.Equal(a["syscall.null"], b["syscall.null"]);
        Assert.Equal(a["address-space.switch"], b["address-space.switch"]);
    }

    [Fact]
    public async Task RingThreeFaults_AreReportedAsFaultRecords_AndTheKernelSurvives()
    {
        BootResult result = await BootHalcheck("iterations=10");

        var faults = result.Records.Where(r => r.Kind == "fault").ToList();
        Assert.Equal(4, faults.Count);
        Assert.All(faults, f => Assert.Equal(3, f.Fields.GetProperty("ring").GetInt32()));
        Assert.Equal(Outcome.Passed, result.Outcome);
    }

    // The checks ilc had folded to constants take inputs it cannot see (Checks/opaque.S, the
    // command line), and the benchmarks check what their samples stand for; `selftest-break=<check>`
    // hands one of them a wrong input at run time, and that check, and only that one, must report failure.
    [Theory]
    [InlineData("runtime.virtual-calls")]
    [InlineData("runtime.static-constructor")]
    [InlineData("runtime.casts")]
    [InlineData("user.runtime")]
    [InlineData("loader.refuses-bad-input")]
    [InlineData("bench.interrupt.timer.replies")]
    [InlineData("bench.thread.switch.replies")]
    public async Task FormerlyFoldedCheck_ReportsFailure_WhenGivenAWrongInputAtRunTime(string check)
    {
        BootResult result = await BootHalcheck($"iterations=10 selftest-break={check}");

        Assert.Equal(Outcome.ChecksFailed, result.Outcome);
        Assert.Equal(1, result.ExitCode);
        var checks = result.Checks.ToDictionary(c => c.Name);
        Assert.False(checks[check].Ok, $"{check} passed with a wrong input");
        foreach (string name in ExpectedChecks.Where(n => n != check))
            Assert.True(checks[name].Ok, $"check {name} failed: {checks[name].Detail}");
    }

    [Fact]
    public async Task ProbeBoot_SaysHelloAndDone_WithoutRunningTheChecks()
    {
        BootResult result = await BootHalcheck("probe");

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Contains(result.Records, r => r.Kind == "hello");
        Assert.Empty(result.Checks);
    }
}
