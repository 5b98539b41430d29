// recovery.ata and recovery.rtl8139 (docs/recovery.md), measured as the other kernels
// measure them: a fresh driver SIP with a null-deref armed at its first request, a small
// workload client (disk-integrity: 2 blocks, one round; net-echo: 8 frames) whose first
// request triggers it; the kernel kills and reclaims the SIP, the driver manager starts a
// new instance, the client reconnects, retries and reports when it held its reply. Not
// measured in a boot that carries a fault plan (`fault=`) of its own.
using Singularity.Checks;
using Singularity.Drivers;
using Singularity.Tasks;
using Testbed.Drivers.Faults;
using Testbed.Guest.Measure;
using Testbed.Hal;

namespace Singularity.Benchmarks;

public static class DriverRecovery
{


    public static void Run()
    {
        // A boot with a fault plan is that fault's experiment: a measured fault of our own
        // would mix with its records (a persistent plan would even fault the measured restart).
        if (HasFaultPlan()) return;
        Measure("ata", FaultTarget.Ata, "disk-integrity", 2 | 1L << 16 | WorkloadArgument.RecoveryRun, RecoveryRowNames.Ata, "recovery.ata.measured", "recovery.ata.parts-sum");
        Measure("rtl8139", FaultTarget.Rtl8139, "net-echo", 8 | WorkloadArgument.RecoveryRun, RecoveryRowNames.Rtl8139, "recovery.rtl8139.measured", "recovery.rtl8139.parts-sum");
    }

    private static unsafe bool HasFaultPlan()
    {
        byte* cursor = Multiboot.CommandLine;
        return FaultPlanParser.NextWord(ref cursor, out _, out _);
    }

    private static void Measure(string driverName, FaultTarget target, string clientName, long clientArgument, string[] names, string checkName, string sumCheckName)
    {
        int restartsBefore = DriverManager.Restarts;
        DriverFaults.ArmNext(new FaultPlan { Target = target, Kind = InjectedFault.NullDeref, AtRequest = 1 });
        Sip driver = SipLifecycle.Start(driverName, 1);
        if (driver == null)
        {
            Report.Check(checkName, false);
            return;
        }
        RecoveryStamps.Clear();
        Sip client = Scenario.Run(clientName, clientArgument);
        Sip last = DriverWorkload.JoinLastInstance(driver);
        var figures = new RecoveryFigures(names, 1);
        bool measured = figures.Add();
        bool recovered = DriverManager.Restarts == restartsBefore + 1 && client.FaultKind == 0 && client.ExitCode == 0
            && last != driver && last.FaultKind == 0;
        figures.Report(sumCheckName);
        Report.CheckValue(checkName, measured && recovered, "restarts", (ulong)(DriverManager.Restarts - restartsBefore));
    }
}
