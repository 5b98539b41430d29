namespace Testbed.Tests.Kernels;

/// <summary>
/// Boots the real minix-style image under QEMU TCG icount: every IPC primitive's outcome
/// against PM, the user process's refusals, the kernel's static data, the driver kernel
/// calls' refusals (ports, buffers, grants), the shared ATA driver in ring 3 with its checked
/// workload, and the benchmark figures of its reference; with a check broken on purpose, that
/// check fails; a fault plan reaches the ATA driver, which commits it and dies, and its
/// client gets an error instead of hanging.
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class MinixStyleBootTests
{
    private const int Iterations = 200;

    private static readonly string[] ExpectedChecks =
    [
        "ipc.sendrec.reply", "ipc.source-stamped-by-kernel", "ipc.send-then-receive", "ipc.send-cycle-refused",
        "ipc.notify.pending-after-reply", "ipc.sendnb.delivered", "ipc.bad-endpoint-refused", "ipc.bad-address-refused",
        "kernel-call.unknown-refused", "kernel.no-allocation-after-boot", "privilege.user-refusals",
        "memory.data-not-executable", "memory.text-read-only", "clock.alarm-notifies",
        "ds.publish-retrieve", "ds.subscriber-notified", "ds.foreign-key-refused", "ds.waiting-for-requests",
        "irq.notification-per-interrupt", "devio.port-outside-range-refused", "irqctl.other-line-refused", "rtc-driver.exited-cleanly",
        "ipc-test.exited-cleanly", "pm.waiting-for-requests",
        "sdevio.port-outside-range-refused", "sdevio.bad-buffer-refused", "vdevio.vector-matches-devio",
        "vdevio.port-outside-range-refused-whole", "vdevio.bad-buffer-refused", "vdevio.other-line-refused",
        "umap.dma-memory-mapped", "umap.too-large-refused",
        "setgrant.bad-table-refused", "safecopy.through-grant", "safecopy.bad-grant-id-refused", "safecopy.wrong-grantee-refused",
        "safecopy.revoked-grant-refused", "safecopy.out-of-range-refused", "safecopy.wrong-access-refused",
        "disk.integrity", "disk.bench.data-intact", "ata-driver.waiting-for-requests", "block-bench.exited-cleanly",
    ];

    private static readonly string[] Benchmarks = ["kernel-call.null", "ipc.sendrec.user-to-pm", "ipc.notify.roundtrip"];
    private static readonly string[] DiskBenchmarks = ["disk.read", "disk.write"];

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
        foreach (string name in DiskBenchmarks)
        {
            Assert.Equal((ulong)Iterations, benches[name].N);
            // The disk's own timing moves the halts, not the instructions counted between them: within the row's band.
            References.AssertWithinTolerance("minix-style", name, benches[name].Median);
        }
    }

    [Fact]
    public async Task TheAtaDriverByPio_MovesItsDataBySdevio_AndPassesEveryCheck()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=20 ata=pio");

        IcountBoot.AssertPassed(result);
        IcountBoot.AssertChecksPassed(result, ["disk.integrity", "disk.bench.data-intact", "safecopy.through-grant"]);
        // An interrupt and a string transfer per sector: far above the DMA path's figure.
        var read = result.Benches.Single(b => b.Name == "disk.read");
        Assert.True(read.Median > 2 * References.Row("minix-style", "disk.read").Figure.Median, $"PIO read {read.Median}");
    }

    [Fact]
    public async Task AGrantLeftValid_FailsTheRevokedGrantCheck_AndOnlyThatOne()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 selftest-break=safecopy.revoked-grant-refused");

        Assert.Equal(Outcome.ChecksFailed, result.Outcome);
        var failed = Assert.Single(result.Checks, c => !c.Ok);
        Assert.Equal("safecopy.revoked-grant-refused", failed.Name);
    }

    [Theory]
    [InlineData("null-deref")]
    [InlineData("wild-write")]
    [InlineData("illegal-instruction")]
    public async Task AnAtaFaultPlan_IsCommittedByTheRing3Driver_ItsDeathReported_AndTheClientGetsAnError(string kind)
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", $"iterations=10 fault=ata:{kind}@5");

        Assert.Equal([new FaultPlanRecord("ata", kind, 5, "armed"), new FaultPlanRecord("ata", kind, 5, "committed")], IcountBoot.FaultPlans(result));
        var records = result.Records.ToList();
        int committed = records.FindIndex(r => r.AsFaultPlan() is { IsCommitted: true });
        int fault = records.FindIndex(committed, r => r.Kind == "fault");
        Assert.True(fault > committed, "the kernel must report the driver's fault after its commit record");
        Assert.Equal(3UL, records[fault].GetUInt64("ring"));
        // No reincarnation server yet: the client's requests come back DeadSource, and the lost writes fail its workload.
        Assert.Equal(Outcome.ChecksFailed, result.Outcome);
        Assert.Contains(result.Checks, c => c.Name == "block-client.driver-failure-reported" && c.Ok);
        var failed = Assert.Single(result.Checks, c => !c.Ok);
        Assert.Equal("disk.integrity", failed.Name);
    }

    [Fact]
    public async Task AMistypedAtaFaultPlan_IsRefusedByTheKernelsBootCheck()
    {
        // The harness refuses it before QEMU starts; without its check, the kernel's own one speaks.
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 fault=ata:nul-deref@5", checkCommandLine: false);

        var check = Assert.Single(result.Checks, c => c.Name == "fault.armed");
        Assert.False(check.Ok);
        Assert.Equal("unknown kind", check.Detail);
        Assert.Empty(IcountBoot.FaultPlans(result));
    }

    [Fact]
    public async Task AUserProcessWithSystemPrivileges_FailsTheRefusalCheck_AndOnlyThatOne()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 selftest-break=privilege.user-refusals");

        Assert.Equal(Outcome.ChecksFailed, result.Outcome);
        var failed = Assert.Single(result.Checks, c => !c.Ok);
        Assert.Equal("privilege.user-refusals", failed.Name);
    }
}
