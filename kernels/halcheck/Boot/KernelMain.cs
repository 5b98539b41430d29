// halcheck: the HAL's self-test kernel. It exercises every HAL piece and reports each as
// a check, then measures the hardware floor that later IPC figures are compared with.
// Command line: iterations=N (benchmark samples, default 1000).

namespace Halcheck.Boot;

public static class KernelMain
{
    [RuntimeExport("tb_kernel_name")]
    private static string Name() => "halcheck";

    [RuntimeExport("tb_kernel_main")]
    private static void Main()
    {
        ulong iterations = CommandLine.Iterations(max: 100_000);

        Scheduler.Initialize();
        UserProcesses.Initialize();

        RuntimeChecks.Run();
        FaultHookChecks.Run();
        MemoryChecks.Run();
        LoaderChecks.Run();
        UserModeChecks.Run(iterations);
        PreemptionChecks.Run();
        DeviceChecks.Run();
        IrqLineChecks.Run();
        IdleClockChecks.Run();
        FloorBenchmarks.Run((int)iterations);
    }
}
