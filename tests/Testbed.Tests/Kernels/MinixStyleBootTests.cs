namespace Testbed.Tests.Kernels;

/// <summary>
/// Boots the real minix-style image under QEMU TCG icount: every IPC primitive's outcome
/// against PM, the user process's refusals, the kernel's static data, and the benchmark
/// figures of its reference; with a check broken on purpose, that check fails.
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class MinixStyleBootTests
{
    private const int Iterations = 200;

    private static readonly string[] ExpectedChecks =
    [
        "ipc.sendrec.reply", "ipc.source-stamped-by-kernel", "ipc.sendrec.slow-path", "ipc.send-then-receive", "ipc.send-cycle-refused",
        "ipc.notify.pending-after-reply", "ipc.sendnb.delivered", "ipc.bad-endpoint-refused", "ipc.bad-address-refused",
        "kernel-call.unknown-refused", "kernel.no-allocation-after-boot", "privilege.user-refusals",
        "memory.data-not-executable", "memory.text-read-only", "clock.alarm-notifies",
        "ds.publish-retrieve", "ds.subscriber-notified", "ds.foreign-key-refused", "ds.waiting-for-requests",
        "irq.notification-per-interrupt", "devio.port-outside-range-refused", "irqctl.other-line-refused", "rtc-driver.exited-cleanly",
        "ipc-test.exited-cleanly", "ipc.fastpath.taken", "pm.waiting-for-requests", "ds.clients-resubmit-across-restarts", "rs.waiting-for-requests",
        "clock.task-delivered-alarms",
    ];

    /// <summary>The checks a lost DS fails: its clients' own, and the end-of-run one that it still serves.</summary>
    private static readonly string[] DsChecks =
        ["ds.clients-resubmit-across-restarts", "ds.publish-retrieve", "ds.subscriber-notified", "ds.foreign-key-refused", "ds.waiting-for-requests"];

    private static readonly string[] Benchmarks = ["kernel-call.null", "ipc.sendrec.user-to-pm", "ipc.notify.roundtrip"];

    [Fact]
    public async Task MinixStyle_PassesEveryCheck_WithTheFiguresOfItsReference()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", $"iterations={Iterations}");

        IcountBoot.AssertPassed(result);
        Assert.Equal(0, result.ExitCode);
        IcountBoot.AssertChecksPassed(result, ExpectedChecks);
        Assert.Equal(ExpectedChecks.Length, result.Checks.Count());
        var benches = result.Benches.ToDictionary(b => b.Name);
        foreach (string name in Benchmarks)
        {
            Assert.Equal((ulong)Iterations, benches[name].N);
            // Deterministic under icount: the same median at 200 iterations as at the reference's 1000.
            Assert.Equal(References.Exact("minix-style", name), benches[name].Median);
        }
    }

    // A one-shot fault in DS at its n-th request (the recovery workload's requests come first):
    // RS learns of it (a crash from PM's report, a hang from the missed heartbeat), restarts DS
    // from its pristine image once, and the clients' resubmissions hide it: every check passes.
    [Theory]
    [InlineData("null-deref", 3, "crash")]
    [InlineData("illegal-instruction", 4, "crash")]
    [InlineData("infinite-loop", 5, "hang")]
    public async Task AFaultInDs_IsSurvived_RsRestartsIt_AndItsClientsResubmit(string kind, int request, string cause)
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", $"iterations=10 fault=ds:{kind}@{request}");

        IcountBoot.AssertPassed(result);
        IcountBoot.AssertChecksPassed(result, ExpectedChecks);
        var plans = IcountBoot.FaultPlans(result);
        Assert.Equal([new FaultPlanRecord("ds", kind, (ulong)request, "armed"), new FaultPlanRecord("ds", kind, (ulong)request, "committed")], plans);
        var recovery = Assert.Single(result.Records, r => r.Kind == "recovery");
        Assert.Equal("ds", recovery.Name);
        Assert.Equal(cause, recovery.GetString("cause"));
        Assert.Equal(1UL, recovery.GetUInt64("restarts"));
        Assert.True(recovery.GetUInt64("instr") > 0);
        // The pair in flight, at least, was resubmitted.
        var resubmit = Assert.Single(result.Checks, c => c.Name == "ds.clients-resubmit-across-restarts");
        Assert.NotEqual("0", resubmit.Detail);
    }

    // A persistent fault (`!`) fails every new instance at its second request: RS restarts DS
    // three times within its window, gives up at the fourth failure (system.conf:
    // give-up-after 4 in 1000), and the kernel stays up; only DS's checks fail.
    [Fact]
    public async Task APersistentFaultInDs_EndsInRsGivingUp_WithTheKernelUp()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 fault=ds:illegal-instruction@2!");

        Assert.True(result.Outcome == Outcome.DriverLost, $"{result.Outcome}: {result.Verdict.Reason}");
        Assert.Equal(4, IcountBoot.FaultPlans(result).Count(p => p.IsCommitted));
        Assert.Equal(3, result.Records.Count(r => r.Kind == "recovery" && r.GetString("state") is null));
        var gaveUp = Assert.Single(result.Records, r => r.Kind == "recovery" && r.GetString("state") == "gave-up");
        Assert.Equal("ds", gaveUp.Name);
        Assert.Equal(3UL, gaveUp.GetUInt64("restarts"));
        Assert.Contains(result.Records, r => r.AsDone() is not null);
        Assert.Equal(DsChecks.Order(), result.Checks.Where(c => !c.Ok).Select(c => c.Name).Order());
    }

    [Fact]
    public async Task AUserProcessWithSystemPrivileges_FailsTheRefusalCheck_AndOnlyThatOne()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 selftest-break=privilege.user-refusals");

        Assert.Equal(Outcome.ChecksFailed, result.Outcome);
        var failed = Assert.Single(result.Checks, c => !c.Ok);
        Assert.Equal("privilege.user-refusals", failed.Name);
    }

    [Fact]
    public async Task WithoutTheFastPath_EveryIpcCheckStillPasses_AndOnlyTheFastPathCheckFails()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 selftest-break=ipc.fastpath.taken");

        Assert.Equal(Outcome.ChecksFailed, result.Outcome);
        Assert.Equal(ExpectedChecks.Length, result.Checks.Count());
        var failed = Assert.Single(result.Checks, c => !c.Ok);
        Assert.Equal("ipc.fastpath.taken", failed.Name);
    }
}
