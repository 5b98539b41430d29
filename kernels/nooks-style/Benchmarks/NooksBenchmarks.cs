// ./testbed bench nooks-style: the same ring-3 measurements (null system call; 4 KiB block
// read and write through the whole stack; one frame sent on one NIC and received on the
// other) with isolation off and then on, in one boot, and the on/off ratios (x1000); then
// the recovery time: a null-deref armed in each driver, the instructions from the fault to
// the first successful request after the restart.
using NooksStyle.Abi;
using NooksStyle.Boot;
using NooksStyle.Isolation;
using NooksStyle.Tasks;
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;
using Testbed.Guest.Measure;
using Testbed.Hal;

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

    public static void Run(ulong iterations)
    {
        var off = new ulong[4];
        var on = new ulong[4];
        Measure(false, iterations, off);
        Measure(true, iterations, on);
        for (int i = 0; i < 4; i++)
        {
            ulong ratio = off[i] == 0 ? 0 : on[i] * 1000 / off[i];
            TbLine.Begin(Testbed.Protocol.ProtocolNames.Bench).Field("name", RatioNames[i]).Field("n", 1UL)
                .Field("min", ratio).Field("median", ratio).Field("max", ratio).Field("what", "isolation on / off, x1000 (medians)").End();
            if (TargetNames[i].Length > 0) Report.CheckValue(TargetNames[i], ratio <= MaxRatioPermille, "permille", ratio);
        }
        RecoveryTime(DriverSetup.Ata, NooksCalls.ModeDiskIntegrity | (2UL << 8) | (1UL << 24), "recovery.ata", "recovery.ata.measured");
        RecoveryTime(DriverSetup.Rtl8139, NooksCalls.ModeNetEcho | (8UL << 8), "recovery.rtl8139", "recovery.rtl8139.measured");
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
    // request triggers it, the shadow driver recovers, and reports the instructions taken.
    private static void RecoveryTime(LoadedDriver driver, ulong workload, string benchName, string checkName)
    {
        IsolationManager.SetEnabled(true);
        ulong before = ShadowDriver.Recoveries;
        driver.Config.Faults = new FaultPlan { Target = DriverSetup.TargetOf(driver), Kind = InjectedFault.NullDeref, AtRequest = 1 };
        FaultPlanLine.Write(driver.Config.Faults, FaultPlanState.Armed);
        RecoveryAgent.Restart(driver);
        DriverConfig config = driver.Config;
        Isolation.Wrappers.DriverCalls.Start(driver, &config);
        ProcessRunner.Run(workload);
        bool recovered = ShadowDriver.Recoveries == before + 1;
        ulong instr = ShadowDriver.LastRecoveryInstructions;
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Bench).Field("name", benchName).Field("n", 1UL)
            .Field("min", instr).Field("median", instr).Field("max", instr)
            .Field("what", "null-deref in the driver -> first successful request after restart and replay").End();
        Report.Check(checkName, recovered);
    }
}
