// ./testbed bench nooks-style: the same ring-3 measurements (null system call; 4 KiB block
// read and write through the whole stack; one frame sent on one NIC and received on the
// other) with isolation off and then on, in one boot, and the on/off ratios (x1000); then
// the recovery time (docs/recovery.md): a null-deref armed in each driver, from the fault's
// entry into the kernel to the ring-3 client holding the reply of its first successful
// request after it, halted time subtracted, and its parts.
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;
using Testbed.Guest.Measure;

namespace NooksStyle.Benchmarks;

public static unsafe class NooksBenchmarks
{
    /// <summary>The target: isolation costs at most 15% on the disk and network paths.</summary>
    public const ulong MaxRatioPermille = 1150;

    // No string concatenation in the runtime: every name is spelled out.
    private static readonly string[] OffNames = ["syscall.null.off", "disk.read.off", "disk.write.off", "net.echo.off"];
    private static readonly string[] OnNames = ["syscall.null.on", "disk.read.on", "disk.write.on", "net.echo.on"];
    private static readonly string[] RatioNames = ["ratio.syscall.null", "ratio.disk.read", "ratio.disk.write", "ratio.net.echo"];
    // Each benchmark's results, checked by the apps process after every window (BenchSamples.WrongReplies).
    private static readonly string[] OffReplyNames = ["", "bench.disk.read.off.replies", "bench.disk.write.off.replies", "bench.net.echo.off.replies"];
    private static readonly string[] OnReplyNames = ["", "bench.disk.read.on.replies", "bench.disk.write.on.replies", "bench.net.echo.on.replies"];
    private static readonly string[] TargetNames = ["", "overhead.disk.read.within-15-percent", "overhead.disk.write.within-15-percent", "overhead.net.echo.within-15-percent"];

    // What the total and each part measure, in the order of RecoveryStamps (RecoveryRowNames).
    private static readonly string[] RecoveryPartWhat =
    [
        Testbed.Guest.Measure.RecoveryTime.Definition,
        "part of recovery: fault entry -> the shadow driver takes over (the failed call abandoned, back in the kernel's submit path); halted time subtracted",
        "part of recovery: -> the failed image unmapped, its slot and interrupt lines released (recovery agent); halted time subtracted",
        "part of recovery: -> the image loaded again from its boot module and its entry run; halted time subtracted",
        "part of recovery: -> the logged configuration (Start) replayed until the driver is ready; halted time subtracted",
        "part of recovery: -> the request restaged and resubmitted until the ring-3 client holds its reply; halted time subtracted",
    ];

    public static void Run(ulong iterations)
    {
        var off = new ulong[4];
        var on = new ulong[4];
        Measure(false, iterations, off);
        Measure(true, iterations, on);
        for (int i = 0; i < 4; i++)
        {
            ulong ratio = off[i] == 0 ? 0 : on[i] * 1000 / off[i];
            Report.Bench(RatioNames[i], Summary.Single(ratio), "isolation on / off, x1000 (medians)");
            if (TargetNames[i].Length > 0) Report.CheckValue(TargetNames[i], ratio <= MaxRatioPermille, "permille", ratio);
        }
        MeasureRecovery(DriverSetup.Ata, NooksCalls.ModeDiskRecovery | (2UL << 8) | (1UL << 24), RecoveryRowNames.Ata, "recovery.ata.measured", "recovery.ata.parts-sum");
        MeasureRecovery(DriverSetup.Rtl8139, NooksCalls.ModeNetRecovery | (8UL << 8), RecoveryRowNames.Rtl8139, "recovery.rtl8139.measured", "recovery.rtl8139.parts-sum");
    }

    private static void Measure(bool isolation, ulong iterations, ulong[] medians)
    {
        IsolationManager.SetEnabled(isolation);
        BenchSamples.Reset();
        int code = ProcessRunner.Run(NooksCalls.ModeBench | (iterations << 8));
        Report.CheckValue(isolation ? "bench.isolation-on.ran" : "bench.isolation-off.ran", code == 0, "exit", (ulong)(long)code);
        string[] names = isolation ? OnNames : OffNames;
        string[] replyNames = isolation ? OnReplyNames : OffReplyNames;
        string[] what =
        [
            "ring3->ring0->ring3, rdtsc cost subtracted",
            "4 KiB block read: syscall, driver (bus-master DMA, IRQ), copy to user; halted time subtracted",
            "4 KiB block write: copy from user, syscall, driver (bus-master DMA, IRQ); halted time subtracted",
            "one frame (60-1514 B) sent on NIC 0 and received on NIC 1, both syscalls",
        ];
        for (int i = 0; i < 4; i++)
        {
            Summary summary = BenchSamples.Summarise((ulong)i);
            Report.Bench(names[i], summary, what[i]);
            medians[i] = summary.Median;
            if (replyNames[i].Length == 0) continue;        // the null call returns nothing to check
            // selftest-break=bench.<name>.replies reads one more wrong reply than the app counted.
            ulong wrong = BenchSamples.WrongReplies((ulong)i);
            if (CommandLine.Breaks(replyNames[i]) && wrong != ulong.MaxValue) wrong++;
            Report.CheckValue(replyNames[i], wrong == 0, "wrong", wrong);
        }
    }

    // A fresh driver with a null-deref armed at its first request; the workload's first
    // request triggers it, the shadow driver recovers, the client reports when it held the
    // reply (RecoveryStamps.Reply), and the total and its parts are reported.
    private static void MeasureRecovery(LoadedDriver driver, ulong workload, string[] names, string checkName, string sumCheckName)
    {
        IsolationManager.SetEnabled(true);
        ulong before = ShadowDriver.Recoveries;
        driver.Config.Faults = new FaultPlan { Target = DriverSetup.TargetOf(driver), Kind = InjectedFault.NullDeref, AtRequest = 1 };
        FaultPlanLine.Write(driver.Config.Faults, FaultPlanState.Armed);
        RecoveryAgent.Restart(driver);
        DriverConfig config = driver.Config;
        Isolation.Wrappers.DriverCalls.Start(driver, &config);
        RecoveryStamps.Begin(0);
        ProcessRunner.Run(workload);
        bool recovered = ShadowDriver.Recoveries == before + 1 && RecoveryStamps.Reply.IsSet;
        RecoveryStamp[] points = [RecoveryStamps.Fault, RecoveryStamps.Detected, RecoveryStamps.TornDown, RecoveryStamps.Reloaded, RecoveryStamps.Reinitialised, RecoveryStamps.Reply];
        ulong total = Testbed.Guest.Measure.RecoveryTime.Between(points[0], points[5]);
        ulong sum = 0;
        ulong[] values = new ulong[6];
        values[0] = total;
        for (int p = 1; p < 6; p++)
        {
            values[p] = Testbed.Guest.Measure.RecoveryTime.Between(points[p - 1], points[p]);
            sum += values[p];
        }
        for (int r = 0; r < 6; r++)
            Report.Bench(names[r], Summary.Single(values[r]), RecoveryPartWhat[r]);
        Report.Check(checkName, recovered && total != 0);
        Report.CheckValue(sumCheckName, recovered && sum == total, "sum", sum);
    }
}
