// The minix-style kernel's boot: the process table, the trap and fault entries, the boot
// image (PM, ipc-test as a system and as a user process), then the processes run until none
// is ready. The boot thread then checks what the run left behind; the HAL reports and
// powers off. Command line: iterations=N (benchmark samples).
namespace MinixStyle.Boot;

public static class KernelMain
{
    [RuntimeExport("tb_kernel_name")]
    private static string Name() => "minix-style";

    [RuntimeExport("tb_kernel_main")]
    private static void Main()
    {
        ulong iterations = CommandLine.Iterations(max: DoDiagCtl.MaxSamples);

        ProcessTable.Initialize();
        DoDiagCtl.Initialize();
        InterruptNotify.Initialize();
        DmaPool.Initialize();
        Scheduler.Initialize();
        SystemCallEntry.Install();
        UserFaults.Install();
        SystemTask.Start();
        ClockTask.Start();
        BootImage.Start(iterations);
        StaticData.CloseAllocator();

        Clock.Start();
        Scheduler.RunAll();
        Pit.Stop();
        KernelChecks.Run(iterations);
    }
}
