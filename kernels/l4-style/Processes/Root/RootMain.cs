// The root task: the first and only privileged task. It holds all user memory (sigma0's
// pages), starts the other tasks from boot modules, is their pager, and here also runs
// the personality's checks and benchmarks, reporting through the kernel's debug calls.
using System.Runtime;
using L4Style.Abi;
using L4Style.Processes.Root.Benchmarks;
using L4Style.Processes.Root.Checks;
using L4Style.Processes.UserLib;

namespace L4Style.Processes.Root;

public static class RootMain
{
    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        PagePool.Initialize(RootArgument.Pages(argument));
        CommandLineWords.Fetch();
        ulong options = RootArgument.Options(argument);
        int iterations = (int)RootArgument.Iterations(argument);
        bool drivers = DriverRuns.Enabled && DriverRuns.StartDrivers();

        if ((options & RootArgument.NoChecks) == 0)
        {
            IpcChecks.Run();
            MemoryChecks.Run();
            DeviceChecks.Run();
            TaskChecks.Run();
        }
        if (drivers && !CommandLineWords.Has("noworkloads")) DriverRuns.RunWorkloads();
        if ((options & RootArgument.NoBench) == 0)
        {
            IpcBenchmarks.Run(iterations);
            TaskBenchmarks.Run(iterations);
            if (drivers) DriverRuns.RunBenchmarks((ulong)iterations);
        }
        Kdb.Done();
        return 0;
    }
}
