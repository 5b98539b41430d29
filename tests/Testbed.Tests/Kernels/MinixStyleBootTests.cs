namespace Testbed.Tests.Kernels;

/// <summary>
/// Boots the real minix-style image under QEMU TCG icount: every IPC primitive's outcome
/// against PM, the user process's refusals, the kernel's static data, the driver kernel
/// calls' refusals (ports, buffers, grants), the shared ATA driver in ring 3 with its checked
/// workload, and the benchmark figures of its reference; with a check broken on purpose, that
/// check fails; a fault plan reaches the ATA driver, which commits it and dies, and its
/// client gets an error instead of hanging; PM forks, execs, waits for and kills children in
/// the child slot, with the figure of fork+exec+exit+wait.
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
        "sdevio.port-outside-range-refused", "sdevio.bad-buffer-refused", "vdevio.vector-matches-devio",
        "vdevio.port-outside-range-refused-whole", "vdevio.bad-buffer-refused", "vdevio.other-line-refused",
        "umap.dma-memory-mapped", "umap.too-large-refused",
        "setgrant.bad-table-refused", "safecopy.through-grant", "safecopy.bad-grant-id-refused", "safecopy.wrong-grantee-refused",
        "safecopy.revoked-grant-refused", "safecopy.out-of-range-refused", "safecopy.wrong-access-refused",
        "disk.integrity", "disk.bench.data-intact", "ata-driver.waiting-for-requests", "block-bench.exited-cleanly",
        "fs.integrity-over-files", "fs.unlink-frees-zones-and-name", "fs.bad-file-refused", "fs.bench.data-intact",
        "fs.waiting-for-requests", "fs-client.exited-cleanly",
        "process.fork-exec-only-pm", "process.child-exit-code-by-wait", "process.slot-reused", "process.kill-reported-by-wait",
        "process.wait-and-exec-refusals",
        "net-server.bad-frame-refused", "net-echo.intact", "net.bench.frames-intact", "rtl8139-driver.waiting-for-requests", "net-server.waiting-for-requests", "net-bench.exited-cleanly",
        "privctl.bad-request-refused", "privilege.set-by-rs", "privctl.only-rs", "privilege.services-from-system-conf", "privilege.ata-as-system-conf",
        "privilege.rtl8139-from-pci-id", "privilege.servers-as-system-conf", "disk.bench.in-trap.data-intact", "net.bench.in-trap.frames-intact",
    ];

    /// <summary>The checks a lost DS fails: its clients' own, and the end-of-run one that it still serves.</summary>
    private static readonly string[] DsChecks =
        ["ds.clients-resubmit-across-restarts", "ds.publish-retrieve", "ds.subscriber-notified", "ds.foreign-key-refused", "ds.waiting-for-requests"];

    private static readonly string[] Benchmarks = ["kernel-call.null", "kernel-call.null.in-trap", "ipc.sendrec.user-to-pm", "ipc.notify.roundtrip"];
    private static readonly string[] DiskBenchmarks = ["disk.read", "disk.write", "disk.read.in-trap", "disk.write.in-trap", "file.read", "file.write", "net.echo", "net.echo.in-trap"];
    private static readonly string[] ProcessBenchmarks = ["process.fork-exec-wait", "process.fork-exec-to-exit"];

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
            // The device's own timing moves the halts, not the instructions counted between them: within the row's band.
            References.AssertWithinTolerance("minix-style", name, benches[name].Median);
        }
        // fork + exec of true.elf + exit + wait through PM, a sample each: the clock's ticks fall
        // into a few of them, so the median moves a little with the count (within the row's band).
        foreach (string name in ProcessBenchmarks)
        {
            Assert.Equal((ulong)Iterations, benches[name].N);
            References.AssertWithinTolerance("minix-style", name, benches[name].Median);
        }
        // One planned fault, measured by the shared recovery definition; it includes a disk read.
        Assert.Equal(1UL, benches["recovery.ata"].N);
        References.AssertWithinTolerance("minix-style", "recovery.ata", benches["recovery.ata"].Median);
        // The same for the network driver: the fault at the client's next send, the server's resend.
        Assert.Equal(1UL, benches["recovery.rtl8139"].N);
        References.AssertWithinTolerance("minix-style", "recovery.rtl8139", benches["recovery.rtl8139"].Median);
        // A hang at the disk driver's first request, found by RS's heartbeat: from its expiry.
        Assert.Equal(1UL, benches["recovery.ata.hang"].N);
        References.AssertWithinTolerance("minix-style", "recovery.ata.hang", benches["recovery.ata.hang"].Median);
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

    // Every fault kind of the shared drivers, committed by the ring-3 driver at its fifth
    // request, is survived: RS learns of it (a crash from PM's report, a hang from the missed
    // heartbeat, a wrong answer from the client's complaint), restarts the driver from its
    // pristine image under a new endpoint and publishes it in DS, and its client (the block
    // client, or the network server) sends the request again to the new instance: every check
    // passes, the integrity and net-echo workloads included.
    public static TheoryData<string, string, string, string> DriverFaults()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (driver, resubmitted) in new[] { ("ata", "block-client.resubmitted-across-restarts"), ("rtl8139", "net-server.resent-across-restarts") })
            foreach (var (kind, cause) in new[] { ("null-deref", "crash"), ("wild-write", "crash"), ("illegal-instruction", "crash"), ("infinite-loop", "hang"), ("bad-return", "complaint") })
                data.Add(driver, kind, cause, resubmitted);
        return data;
    }

    [Theory]
    [MemberData(nameof(DriverFaults))]
    public async Task EveryDriverFaultKind_IsSurvived_RsRestartsTheDriver_AndItsClientResubmits(string driver, string kind, string cause, string resubmittedCheck)
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", $"iterations=10 fault={driver}:{kind}@5");

        IcountBoot.AssertPassed(result);
        IcountBoot.AssertChecksPassed(result, ExpectedChecks);
        // The plan of the command line, then the recovery measurements' own, armed by RS:
        // null-deref@1, and for the disk driver infinite-loop@1 too (recovery.ata.hang).
        FaultPlanRecord[] measured = driver == "ata"
            ? [new(driver, "null-deref", 1, "armed"), new(driver, "null-deref", 1, "committed"), new(driver, "infinite-loop", 1, "armed"), new(driver, "infinite-loop", 1, "committed")]
            : [new(driver, "null-deref", 1, "armed"), new(driver, "null-deref", 1, "committed")];
        Assert.Equal([new FaultPlanRecord(driver, kind, 5, "armed"), new FaultPlanRecord(driver, kind, 5, "committed"), .. measured],
            IcountBoot.FaultPlans(result).Where(p => p.Target == driver));
        var records = result.Records.ToList();
        int committed = records.FindIndex(r => r.AsFaultPlan() is { IsCommitted: true } plan && plan.Target == driver);
        int recovery = records.FindIndex(committed, r => r.Kind == "recovery");
        Assert.True(recovery > committed, "RS must restart the driver after its commit record");
        Assert.Equal(driver, records[recovery].Name);
        Assert.Equal(cause, records[recovery].GetString("cause"));
        Assert.Equal(1 + measured.Length / 2, records.Count(r => r.Kind == "recovery" && r.Name == driver));
        // A crash is the driver's CPU exception, reported in ring 3 between the commit and the restart.
        int fault = records.FindIndex(committed, r => r.Kind == "fault");
        if (cause == "crash")
        {
            Assert.InRange(fault, committed + 1, recovery - 1);
            Assert.Equal(3UL, records[fault].GetUInt64("ring"));
        }
        Assert.True(Assert.Single(result.Checks, c => c.Name == resubmittedCheck).Ok);
    }

    // A persistent fault fails every new instance: three restarts, then RS gives up (system.conf:
    // give-up-after 4 in 1000), publishes that no instance will come, the client's requests fail
    // and it reports the driver lost; the kernel stays up.
    [Fact]
    public async Task APersistentAtaFault_EndsInRsGivingUp_TheClientReportsTheDriverLost()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 fault=ata:null-deref@3!");

        Assert.True(result.Outcome == Outcome.DriverLost, $"{result.Outcome}: {result.Verdict.Reason}");
        Assert.Equal(4, IcountBoot.FaultPlans(result).Count(p => p.IsCommitted && p.Target == "ata"));
        var gaveUp = Assert.Single(result.Records, r => r.Kind == "recovery" && r.Name == "ata" && r.GetString("state") == "gave-up");
        Assert.Equal(3UL, gaveUp.GetUInt64("restarts"));
        Assert.Contains(result.Checks, c => c.Name == "block-client.driver-failure-reported" && c.Ok);
        // FS cannot mount without its disk: it ends too, and RS gives up on it after its own restarts.
        Assert.Equal(["ata-driver.waiting-for-requests", "block-bench.exited-cleanly", "disk.integrity",
            "fs-client.exited-cleanly", "fs.integrity-over-files", "fs.waiting-for-requests"],
            result.Checks.Where(c => !c.Ok).Select(c => c.Name).Order());
        Assert.Contains(result.Records, r => r.AsDone() is not null);
    }

    // A persistent fault fails every new instance: three restarts, then RS gives up, the network
    // server's requests fail, the workload sees it, and the boot ends driver lost with the kernel up.
    [Fact]
    public async Task APersistentRtl8139Fault_EndsInRsGivingUp_WithTheKernelUp()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 fault=rtl8139:null-deref@3!");

        Assert.True(result.Outcome == Outcome.DriverLost, $"{result.Outcome}: {result.Verdict.Reason}");
        Assert.Equal(4, IcountBoot.FaultPlans(result).Count(p => p.Target == "rtl8139" && p.IsCommitted));
        var gaveUp = Assert.Single(result.Records, r => r.Kind == "recovery" && r.GetString("state") == "gave-up");
        Assert.Equal("rtl8139", gaveUp.Name);
        Assert.Equal(3UL, gaveUp.GetUInt64("restarts"));
        Assert.Equal(["net-bench.exited-cleanly", "net-echo.intact", "rtl8139-driver.waiting-for-requests"],
            result.Checks.Where(c => !c.Ok).Select(c => c.Name).Order());
        Assert.Contains(result.Records, r => r.AsDone() is not null);
    }

    [Fact]
    public async Task AMistypedAtaFaultPlan_IsRefusedByTheKernelsBootCheck()
    {
        // The harness refuses it before QEMU starts; without its check, the kernel's own one speaks.
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 fault=ata:nul-deref@5", checkCommandLine: false);

        var check = Assert.Single(result.Checks, c => c.Name == "fault.armed");
        Assert.False(check.Ok);
        Assert.Equal("unknown kind", check.Detail);
        // Nothing armed from the command line: the only plans are the recovery measurements' (at request 1).
        Assert.All(IcountBoot.FaultPlans(result), p => Assert.Equal(1UL, p.At));
        Assert.All(IcountBoot.FaultPlans(result), p => Assert.Contains(p.Fault, new[] { "null-deref", "infinite-loop" }));
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
        var plans = IcountBoot.FaultPlans(result).Where(p => p.Target == "ds");
        Assert.Equal([new FaultPlanRecord("ds", kind, (ulong)request, "armed"), new FaultPlanRecord("ds", kind, (ulong)request, "committed")], plans);
        var recovery = Assert.Single(result.Records, r => r.Kind == "recovery" && r.Name == "ds");
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
    // give-up-after 4 in 1000), and the kernel stays up. DS's checks fail, and so does the
    // block client and the network server's client, which after the recovery measurement's
    // restart of their driver find no DS to look the new endpoint up in.
    [Fact]
    public async Task APersistentFaultInDs_EndsInRsGivingUp_WithTheKernelUp()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 fault=ds:illegal-instruction@2!");

        Assert.True(result.Outcome == Outcome.DriverLost, $"{result.Outcome}: {result.Verdict.Reason}");
        Assert.Equal(4, IcountBoot.FaultPlans(result).Count(p => p.IsCommitted && p.Target == "ds"));
        Assert.Equal(3, result.Records.Count(r => r.Kind == "recovery" && r.Name == "ds" && r.GetString("state") is null));
        var gaveUp = Assert.Single(result.Records, r => r.Kind == "recovery" && r.GetString("state") == "gave-up");
        Assert.Equal("ds", gaveUp.Name);
        Assert.Equal(3UL, gaveUp.GetUInt64("restarts"));
        Assert.Contains(result.Records, r => r.AsDone() is not null);
        // Without DS the restarted drivers cannot be found: the raw client, FS and the net client lose theirs.
        Assert.Equal(DsChecks.Concat(["block-bench.exited-cleanly", "fs-client.exited-cleanly", "fs.integrity-over-files", "net-bench.exited-cleanly"]).Order(),
            result.Checks.Where(c => !c.Ok).Select(c => c.Name).Order());
    }

    // A one-shot fault in FS at its n-th request: RS restarts FS from its pristine image, the new
    // instance mounts the file system from the disk (the file numbers its client holds stay
    // good), and the library's resubmission hides the failure from the file workload.
    [Theory]
    [InlineData("null-deref", 3)]
    [InlineData("illegal-instruction", 10)]
    public async Task AFaultInFs_IsSurvived_ItRemountsFromTheDisk_AndItsClientResubmits(string kind, int request)
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", $"iterations=10 fault=fs:{kind}@{request}");

        IcountBoot.AssertPassed(result);
        IcountBoot.AssertChecksPassed(result, ExpectedChecks);
        var recovery = Assert.Single(result.Records, r => r.Kind == "recovery" && r.Name == "fs");
        Assert.Equal("crash", recovery.GetString("cause"));
        Assert.Contains(result.Checks, c => c.Name == "fs-client.resubmitted-across-restarts" && c.Ok);
    }

    // A persistent fault in FS: three restarts, then RS gives up; the file workload fails, the
    // kernel and the raw disk path stay up.
    [Fact]
    public async Task APersistentFaultInFs_EndsInRsGivingUp_TheFileWorkloadFails()
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", "iterations=10 fault=fs:null-deref@2!");

        Assert.True(result.Outcome == Outcome.DriverLost, $"{result.Outcome}: {result.Verdict.Reason}");
        var gaveUp = Assert.Single(result.Records, r => r.Kind == "recovery" && r.GetString("state") == "gave-up");
        Assert.Equal("fs", gaveUp.Name);
        Assert.Equal(["fs-client.exited-cleanly", "fs.integrity-over-files", "fs.waiting-for-requests"],
            result.Checks.Where(c => !c.Ok).Select(c => c.Name).Order());
        Assert.Contains(result.Checks, c => c.Name == "disk.integrity" && c.Ok);
    }

    // A check given a wrong input on purpose fails, and only it: the user process gets a system
    // process's privileges; the block client leaves the grant it should revoke valid; ipc-test
    // gets PM's SYS_FORK and SYS_EXEC; DS runs before RS gives it its privileges.
    [Theory]
    [InlineData("privilege.user-refusals")]
    [InlineData("privilege.set-by-rs")]
    [InlineData("safecopy.revoked-grant-refused")]
    [InlineData("process.fork-exec-only-pm")]
    public async Task ACheckBrokenOnPurpose_Fails_AndOnlyThatOne(string check)
    {
        BootResult result = await IcountBoot.RunAsync("minix-style", $"iterations=10 selftest-break={check}");

        Assert.Equal(Outcome.ChecksFailed, result.Outcome);
        var failed = Assert.Single(result.Checks, c => !c.Ok);
        Assert.Equal(check, failed.Name);
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
