using System.Text.Json;

namespace Testbed.Tests.Kernels;

/// <summary>
/// Boots the singularity kernel under QEMU TCG (icount) and asserts on what it reported:
/// SIPs in ring 0, exchange heap ownership, contract checks at run time, kills with
/// reclamation and channel-closed, every driver fault kind survived, and its benchmarks.
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class SingularityBootTests
{
    private static readonly string[] ExpectedChecks =
    [
        "sip.start", "sip.exit", "sip.pages-reclaimed", "sip.hello-footprint-at-most-16KiB",
        "sip.own-heap-and-virtual-calls", "sip.allocator-exit",
        "channel.ping-pong", "exchange.ownership-transfer", "exchange.payload-intact", "channel.client-exit",
        "channel.fast-path-answers", "channel.fast-path-yields-to-ready-threads",
        "exchange.non-owner-access-refused", "kill.after-non-owner.pages", "kill.after-non-owner.exchange-blocks",
        "kill.after-non-owner.endpoints", "kill.after-non-owner.peer-saw-channel-closed",
        "contract.runtime-violation-killed", "kill.after-contract-violation.pages", "kill.after-contract-violation.exchange-blocks",
        "kill.after-contract-violation.endpoints", "kill.after-contract-violation.peer-saw-channel-closed",
        "manifest.undeclared-import-refused", "manifest.undeclared-ports-refused", "manifest.unknown-sip-refused",
        "echo.fault-free.client-exit", "fault.echo.null-deref.survived", "fault.echo.divide-by-zero.survived", "fault.echo.index-out-of-range.survived",
        "fault.echo.invalid-cast.survived", "fault.echo.stack-overflow.survived", "fault.echo.infinite-loop.survived",
        "fault.echo.contract-violation.survived", "fault.echo.not-owner.survived", "fault.echo.throw.survived",
        "fault.echo.out-of-memory.survived",
        "disk.driver-sip-started", "disk-integrity.completed", "disk-integrity.no-corruption", "disk.client-exit", "disk.driver-exit",
        "net.driver-sip-started", "net-echo.completed", "net-echo.no-corruption", "net.client-exit", "net.driver-exit",
        "bench.channel.roundtrip.replies", "bench.channel.roundtrip-async.replies", "bench.sip.create-start.replies", "bench.hw.ipc.roundtrip.replies",
    ];

    private static Task<BootResult> Boot(string kernel, string append) => IcountBoot.RunAsync(kernel, append, timeoutSeconds: 90);

    private static IEnumerable<JsonElement> Records(BootResult result, string kind) =>
        result.Records.Where(r => r.Kind == kind).Select(r => r.Fields);

    [Fact]
    public async Task Singularity_PassesEveryCheck_AndPowersOffCleanly()
    {
        BootResult result = await Boot("singularity", "iterations=20");

        IcountBoot.AssertPassed(result);
        IcountBoot.AssertChecksPassed(result, ExpectedChecks);
    }

    [Fact]
    public async Task EveryDriverFaultKind_KillsOnlyTheDriver_WhichIsRestarted_WithNoCorruptedPayload()
    {
        BootResult result = await Boot("singularity", "iterations=20");

        Assert.Equal(Outcome.Passed, result.Outcome);
        var echoFaults = Records(result, "fault").Where(f => f.GetProperty("sip").GetString() == "echo").Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Equal(
            new[] { "null-reference", "divide-by-zero", "index-out-of-range", "invalid-cast", "stack-overflow", "watchdog", "contract-violation", "exchange-not-owner", "throw", "out-of-memory" },
            echoFaults);
        // The echo service's ten; the boot's recovery benchmarks restart ata and rtl8139 once each.
        var recoveries = Records(result, "recovery").Where(r => r.GetProperty("name").GetString() == "echo").ToList();
        Assert.Equal(10, recoveries.Count);
        Assert.Equal(2, Records(result, "recovery").Count(r => r.GetProperty("name").GetString() != "echo"));
        Assert.All(recoveries, r => Assert.True(r.GetProperty("ok").GetBoolean()));
        var workloads = result.Checks.Where(c => c.Name == "echo.workload.no-corruption").ToList();
        Assert.Equal(11, workloads.Count);          // the fault-free run, then one per kind
        Assert.All(workloads, c => Assert.True(c.Ok));
        Assert.All(result.Checks.Where(c => c.Name == "echo.workload.completed"), c => Assert.True(c.Ok));
    }

    [Fact]
    public async Task ClientMisuse_IsAFaultOfTheClientAlone_NonOwnerAccessAndRunTimeContractViolation()
    {
        BootResult result = await Boot("singularity", "iterations=20");

        var clientFaults = Records(result, "fault").Where(f => f.GetProperty("sip").GetString() == "echo-client")
            .Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Equal(new[] { "exchange-not-owner", "contract-violation" }, clientFaults);
        Assert.DoesNotContain(result.Records, r => r.Kind == "panic");
    }

    [Fact]
    public async Task FaultOption_InjectsOneKindAtTheRequestedRequest()
    {
        BootResult result = await Boot("singularity", "iterations=20 fault=echo:divide-by-zero@2 workload=6");

        IcountBoot.AssertPassed(result);
        Assert.Single(result.Checks, c => c.Name.StartsWith("fault.echo."));
        Assert.Contains(result.Checks, c => c.Name == "fault.echo.divide-by-zero.survived" && c.Ok);
        Assert.Equal([0UL, 1UL], Retries(result));      // the fault-free run, then the divide-by-zero run
        Assert.All(result.Checks.Where(c => c.Name == "echo.workload.retries"), c => Assert.True(c.Ok));
    }

    // The client checks its retries against the count the kernel expects (FaultChecks.ExpectedRetries):
    // none without a fault, one per kill of a service with the request in flight, two where the
    // dying service first answered with a reply that is not the client's.
    [Fact]
    public async Task EchoWorkloadRetries_AreExactlyWhatEachFaultForces()
    {
        BootResult result = await Boot("singularity", "iterations=20");

        // fault-free, null-deref, divide-by-zero, index-out-of-range, invalid-cast, stack-overflow,
        // infinite-loop, contract-violation, not-owner, throw, out-of-memory
        Assert.Equal([0UL, 1UL, 1UL, 1UL, 1UL, 1UL, 1UL, 1UL, 2UL, 1UL, 1UL], Retries(result));
        Assert.All(result.Checks.Where(c => c.Name == "echo.workload.retries"), c => Assert.True(c.Ok));
    }

    private static List<ulong> Retries(BootResult result) =>
        Records(result, "check").Where(c => c.GetProperty("name").GetString() == "echo.workload.retries")
            .Select(c => c.GetProperty("detail").GetUInt64()).ToList();

    // `selftest-break=<check>` hands the check a wrong input (a retry nobody planned; a service
    // that exits cleanly without waiting for the close; a benchmark's replies read off by one):
    // the check, and only it, must fail.
    [Theory]
    [InlineData("echo.workload.retries")]
    [InlineData("bench.channel.roundtrip.replies")]
    [InlineData("bench.channel.roundtrip-async.replies")]
    [InlineData("bench.sip.create-start.replies")]
    [InlineData("bench.hw.ipc.roundtrip.replies")]
    [InlineData("kill.after-non-owner.peer-saw-channel-closed")]
    [InlineData("kill.after-contract-violation.peer-saw-channel-closed")]
    public async Task StrengthenedCheck_ReportsFailure_WhenGivenAWrongInputAtRunTime(string check)
    {
        BootResult result = await Boot("singularity", $"iterations=20 selftest-break={check}");

        Assert.True(result.Outcome == Outcome.ChecksFailed, IcountBoot.Describe(result));
        var failed = result.Checks.Where(c => !c.Ok).Select(c => c.Name).Distinct().ToList();
        Assert.Equal([check], failed);
    }

    [Fact]
    public async Task Footprints_MinimalHelloFitsIn16KiB_AndTheAllocatorAddsHeapPages()
    {
        BootResult result = await Boot("singularity", "iterations=20");

        var footprints = Records(result, "footprint").ToDictionary(f => f.GetProperty("name").GetString()!, f => f);
        ulong hello = footprints["hello"].GetProperty("bytes").GetUInt64();
        Assert.Equal(16 * 1024UL, hello);                              // the 16 KiB target, met exactly: 3 image pages + 1 stack page
        Assert.Equal(12_288UL, footprints["hello"].GetProperty("image").GetUInt64());
        Assert.Equal(0UL, footprints["hello"].GetProperty("heap").GetUInt64());
        Assert.True(footprints["hello-alloc"].GetProperty("heap").GetUInt64() > 0);
    }

    [Fact]
    public async Task KernelApiCall_IsAtMostAFifthOfTheHardwareNullSystemCall_MeasuredInTheSameRun()
    {
        BootResult singularity = await Boot("singularity", "iterations=200");
        BootResult halcheck = await Boot("halcheck", "iterations=200");

        Assert.Equal(Outcome.Passed, singularity.Outcome);
        var benches = singularity.Benches.ToDictionary(b => b.Name);
        ulong abiCall = benches["abi.null"].Median;
        ulong syscall = halcheck.Benches.Single(b => b.Name == "syscall.null").Median;
        Assert.True(abiCall * 5 <= syscall, $"abi.null {abiCall} > hw syscall.null {syscall} / 5");   // the paper's ratio, at most 0.2
        // The channel fast paths switch SIP to SIP without a trap or an address-space switch:
        // both forms of the round trip must beat this boot's ring-3 call/reply through the scheduler.
        Assert.True(benches["channel.roundtrip"].Median < benches["hw.ipc.roundtrip"].Median);
        Assert.True(benches["channel.roundtrip-async"].Median < benches["hw.ipc.roundtrip"].Median);
        // Each figure exactly as committed (the same median at 200 iterations as at 1000).
        foreach (var name in new[] { "abi.null", "channel.roundtrip", "channel.roundtrip-async", "sip.create-start", "sip.create-start-exit", "hw.ipc.roundtrip", "hw.syscall.null" })
            Assert.Equal(References.Exact("singularity", name), benches[name].Median);
        Assert.Equal(References.Exact("halcheck", "syscall.null"), syscall);
    }

    [Fact]
    public async Task DiskIntegrity_RunsAgainstTheSharedAtaDriverInASip_WithEveryBlockIntact()
    {
        BootResult result = await Boot("singularity", "iterations=20 disk-blocks=8 disk-rounds=2");

        IcountBoot.AssertPassed(result);
        var final = Records(result, "progress").Single(p => p.GetProperty("name").GetString() == "disk-integrity" && p.GetProperty("final").GetBoolean());
        Assert.Equal(32UL, final.GetProperty("done").GetUInt64());     // 8 blocks written and read back, twice
        Assert.Equal(0UL, final.GetProperty("errors").GetUInt64());
        Assert.Equal(0UL, final.GetProperty("corrupted").GetUInt64());
    }

    [Fact]
    public async Task NetEcho_RunsAcrossTwoNicsThroughTheSharedRtl8139DriverInASip_WithEveryFrameIntact()
    {
        BootResult result = await Boot("singularity", "iterations=20 net-frames=64");

        IcountBoot.AssertPassed(result);
        var final = Records(result, "progress").Single(p => p.GetProperty("name").GetString() == "net-echo" && p.GetProperty("final").GetBoolean());
        Assert.Equal(64UL, final.GetProperty("done").GetUInt64());
        Assert.Equal(0UL, final.GetProperty("errors").GetUInt64());
        Assert.Equal(0UL, final.GetProperty("corrupted").GetUInt64());
        var benches = result.Benches.ToDictionary(b => b.Name);
        // Host-timed (QEMU completes frames and disk DMA in host time): within their bands.
        References.AssertWithinTolerance("singularity", "workload.net-echo", benches["workload.net-echo"].Median);
        References.AssertWithinTolerance("singularity", "workload.disk-integrity", benches["workload.disk-integrity"].Median);
    }

    // The shared fault triggers (common/drivers) committed inside both driver SIPs in one
    // boot: the kernel's cause for each kill, the request it was committed at, one restart
    // each, no corrupted sector or frame. A bad return breaks the contract's bound (Disk's
    // Done sector count; Net's receive length, request 6 being a receive); a loop is the watchdog's.
    [Theory]
    [InlineData("null-deref", 5, "null-deref", 5, "null-reference")]
    [InlineData("infinite-loop", 5, "infinite-loop", 5, "watchdog")]
    [InlineData("illegal-instruction", 5, "illegal-instruction", 5, "invalid-opcode")]
    [InlineData("bad-return", 5, "bad-return", 6, "contract-violation")]
    public async Task DriverFault_KillsOnlyTheDriverSip_ForItsCause_AtItsRequest_WhichRestarts_WithNoCorruptedData(
        string ataKind, int ataAt, string netKind, int netAt, string killedFor)
    {
        BootResult result = await Boot("singularity", $"iterations=20 fault=ata:{ataKind}@{ataAt} fault=rtl8139:{netKind}@{netAt}");

        IcountBoot.AssertPassed(result);
        foreach (var (driver, kind, at, workload) in new[] { ("ata", ataKind, ataAt, "disk-integrity"), ("rtl8139", netKind, netAt, "net-echo") })
        {
            Assert.Equal(new FaultPlanRecord(driver, kind, (ulong)at, "committed"), IcountBoot.CommittedPlan(result, driver));
            var faults = Records(result, "fault").Where(f => f.GetProperty("sip").GetString() == driver).Select(f => f.GetProperty("name").GetString()).ToList();
            Assert.Equal([killedFor], faults);
            Assert.Single(Records(result, "recovery"), r => r.GetProperty("name").GetString() == driver);
            var final = Records(result, "progress").Single(p => p.GetProperty("name").GetString() == workload && p.GetProperty("final").GetBoolean());
            Assert.Equal(0UL, final.GetProperty("corrupted").GetUInt64());
            Assert.Equal(0UL, final.GetProperty("errors").GetUInt64());
            if (driver == "ata") Assert.Equal(1UL, final.GetProperty("retries").GetUInt64());
        }
    }

    // A finding: the shared driver runs in a SIP as trusted ring-0 code in the kernel's address
    // space, so its wild write lands in kernel data (the kernel's ABI table, slot Null) and
    // nothing notices: no fault, no kill, the workloads finish clean. The next SIP started
    // (the benchmarks' first) copies the corrupted table and its first kernel call jumps to
    // the garbage: a general-protection fault in ring 0, outside any SIP's code: kernel panic.
    [Theory]
    [InlineData("ata", "disk-integrity")]
    [InlineData("rtl8139", "net-echo")]
    public async Task DriverWildWrite_CorruptsKernelData_Undetected_AndTheNextSipsKernelCall_PanicsTheKernel(string driver, string workload)
    {
        BootResult result = await Boot("singularity", $"iterations=20 fault={driver}:wild-write@5");

        Assert.True(result.Outcome == Outcome.Panic, IcountBoot.Describe(result));
        Assert.Equal("kernel panic: general-protection", result.Verdict.Reason);
        Assert.Equal(new FaultPlanRecord(driver, "wild-write", 5, "committed"), IcountBoot.CommittedPlan(result, driver));
        Assert.DoesNotContain(Records(result, "fault"), f => f.GetProperty("sip").GetString() == driver);
        Assert.DoesNotContain(Records(result, "recovery"), r => r.GetProperty("name").GetString() == driver);
        var final = Records(result, "progress").Single(p => p.GetProperty("name").GetString() == workload && p.GetProperty("final").GetBoolean());
        Assert.Equal(0UL, final.GetProperty("corrupted").GetUInt64());
        Assert.Equal(0UL, final.GetProperty("errors").GetUInt64());
    }

    // A persistent fault (`!`): every restarted driver SIP commits it again at its 2nd request;
    // the driver manager gives up after RestartBudget's restarts; the kernel stays up.
    [Fact]
    public async Task PersistentFault_ExhaustsTheRestartBudget_TheDriverIsLost_TheKernelStaysUp()
    {
        BootResult result = await Boot("singularity", "iterations=20 fault=ata:null-deref@2!");

        Assert.True(result.Outcome == Outcome.DriverLost, IcountBoot.Describe(result));
        Assert.Equal(11, result.ExitCode);
        var commits = IcountBoot.FaultPlans(result).Where(p => p.IsCommitted && p.Target == "ata").ToList();
        Assert.Equal(4, commits.Count);
        Assert.All(commits, c => Assert.Equal(new FaultPlanRecord("ata", "null-deref", 2, "committed"), c));
        Assert.Equal(4, Records(result, "fault").Count(f => f.GetProperty("sip").GetString() == "ata" && f.GetProperty("name").GetString() == "null-reference"));
        var gaveUp = Assert.Single(Records(result, "recovery"), r => r.TryGetProperty("state", out var st) && st.GetString() == "gave-up");
        Assert.Equal(3UL, gaveUp.GetProperty("restarts").GetUInt64());
        Assert.Contains(result.Records, r => r.AsDone() is not null);
        var final = Records(result, "progress").Single(p => p.GetProperty("name").GetString() == "disk-integrity" && p.GetProperty("final").GetBoolean());
        Assert.True(final.GetProperty("errors").GetUInt64() > 0);
        Assert.Equal(0UL, final.GetProperty("corrupted").GetUInt64());
    }

    // The workload comparison: the same per-operation figures as the nooks-style
    // kernel's baseline (isolation off), both booted here under icount, halted time excluded.
    [Fact]
    public async Task DiskAndNetworkOperations_CostAFewTimesTheMonolithicBaseline_MeasuredInTheSameTestRun()
    {
        BootResult singularity = await Boot("singularity", "iterations=20");
        BootResult nooks = await Boot("nooks-style", "iterations=20");

        IcountBoot.AssertPassed(singularity);
        IcountBoot.AssertPassed(nooks);
        var sip = singularity.Benches.ToDictionary(b => b.Name, b => b.Median);
        var baseline = nooks.Benches.ToDictionary(b => b.Name, b => b.Median);
        foreach (var (ours, theirs) in new[] { ("disk.read", "disk.read.off"), ("disk.write", "disk.write.off"), ("net.echo", "net.echo.off") })
        {
            double ratio = (double)sip[ours] / baseline[theirs];
            // The SIP path adds a channel round trip, exchange-block copies and checked port
            // access per operation; it cannot be cheaper than the monolithic call, and more
            // than 6x would mean a regression on the channel or driver-hosting path. A range,
            // because both figures are host-timed (disk DMA, frames: results/README.md); the
            // figures are pinned within their bands by BaselineBootTests.
            Assert.InRange(ratio, 1.0, 6.0);
        }
    }
}
