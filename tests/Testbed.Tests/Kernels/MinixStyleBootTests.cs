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
        "ipc-test.exited-cleanly", "ipc.fastpath.taken", "pm.waiting-for-requests",
    ];

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
