// nooks-style: a monolithic kernel whose drivers run in ring 0, loaded from boot modules
// into kernel space, with Nooks' isolation and recovery switched on or off
// (Swift, Bershad, Levy, "Improving the Reliability of Commodity Operating Systems",
// SOSP 2003; Swift et al., "Recovering Device Drivers", OSDI 2004).
// Command line:
//   isolation=on|off      wrappers, protection domains, recovery (default off: the baseline)
//   workload=disk|net|all what the apps process runs (default all)
//   blocks=N rounds=N     disk-integrity size (4 KiB blocks, passes)
//   frames=N              net-echo size
//   fault=<driver>:<kind>@<n>[!] make a driver misbehave, ! for every restarted instance (common/drivers/Faults)
//   bench, iterations=N   the benchmarks (either word; `testbed bench` passes iterations):
//                         both modes in one boot, ratios, recovery time

namespace NooksStyle.Boot;

public static class KernelMain
{
    public const uint TickHz = 1000;

    [RuntimeExport("tb_kernel_name")]
    private static string Name() => "nooks-style";

    [RuntimeExport("tb_kernel_main")]
    private static unsafe void Main()
    {
        bool bench = CommandLine.Has("bench") || CommandLine.Has("iterations");
        bool isolation = CommandLine.ValueIs("isolation", "on");

        InterruptLines.Initialize();
        IsolationManager.Install();
        SystemCallTable.Install();
        Pit.StartPeriodic(TickHz, &IsolationManager.OnTick);
        IsolationManager.SetEnabled(isolation && !bench);
        TbLine.Begin("config").Field("isolation", IsolationManager.Enabled).Field("bench", bench).End();

        DriverSetup.LoadAll();
        Footprint.Report();
        if (bench)
        {
            NooksBenchmarks.Run(CommandLine.Number("iterations", 200));
            return;
        }
        WorkloadRun.Run();
    }
}
