// The normal boot: run the checked workloads as the apps process and check what they
// reported: every operation done, no error, no corrupted block or frame; and, when a fault
// was planned with isolation on, that the driver was recovered.
using Testbed.Drivers.Faults;

namespace NooksStyle.Checks;

public static class WorkloadRun
{
    public static void Run()
    {
        bool disk = !CommandLine.ValueIs("workload", "net");
        bool net = !CommandLine.ValueIs("workload", "disk");
        ulong blocks = Clamp(CommandLine.Number("blocks", 16), 1, 1024);
        ulong rounds = Clamp(CommandLine.Number("rounds", 2), 1, 255);
        ulong frames = Clamp(CommandLine.Number("frames", 64), 1, 100_000);
        WorkloadReports.Reset();

        if (disk)
        {
            int code = ProcessRunner.Run(NooksCalls.ModeDiskIntegrity | (blocks << 8) | (rounds << 24));
            var r = WorkloadReports.Disk;
            Report.CheckValue("disk-integrity.completed", code == 0 && r.Seen && r.Done == 2 * blocks * rounds, "done", r.Done);
            Report.CheckValue("disk-integrity.no-errors", r.Seen && r.Errors == 0, "errors", r.Errors);
            Report.CheckValue("disk-integrity.no-corruption", r.Seen && r.Corrupted == 0, "corrupted", r.Corrupted);
            CheckRecovery(DriverSetup.Ata, "recovery.ata.restarted");
        }
        if (net)
        {
            int code = ProcessRunner.Run(NooksCalls.ModeNetEcho | (frames << 8));
            var r = WorkloadReports.Net;
            Report.CheckValue("net-echo.completed", code == 0 && r.Seen && r.Done == frames, "done", r.Done);
            Report.CheckValue("net-echo.no-errors", r.Seen && r.Errors == 0, "errors", r.Errors);
            Report.CheckValue("net-echo.no-corruption", r.Seen && r.Corrupted == 0, "corrupted", r.Corrupted);
            CheckRecovery(DriverSetup.Rtl8139, "recovery.rtl8139.restarted");
        }
    }

    private static unsafe void CheckRecovery(LoadedDriver driver, string checkName)
    {
        if (!FaultPlanParser.TryParse(Multiboot.CommandLine, driver.Name, out FaultPlan plan) || !IsolationManager.Enabled) return;
        Report.CheckValue(checkName, driver.Restarts >= 1, "restarts", driver.Restarts);
    }

    private static ulong Clamp(ulong value, ulong min, ulong max) => value < min ? min : value > max ? max : value;
}
