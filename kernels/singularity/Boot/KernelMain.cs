// singularity: the kernel of the Singularity personality. It composes the system from
// the boot modules (the SIP images and the system manifest checked at build time), starts
// SIPs in ring 0 in its own address space, and runs its checks and benchmarks.
// Command line: iterations=N (benchmark samples, default 1000), fault=echo:<kind>@<n>
// (a fault in the echo driver SIP at its n-th request), workload=N (requests).

namespace Singularity.Boot;

public static class KernelMain
{
    [RuntimeExport("tb_kernel_name")]
    private static string Name() => "singularity";

    [RuntimeExport("tb_kernel_main")]
    private static void Main()
    {
        ulong iterations = CommandLine.Iterations(max: 100_000);

        SystemManifest.Load();
        ExchangeHeap.Initialize();
        Drivers.InterruptLines.Initialize();
        Ipc.Endpoints.Initialize();
        KernelAbi.Initialize();
        SipFaults.Install();
        SipLifecycle.Initialize();
        SipLifecycle.StartManager();
        Watchdog.Start();
        Cpu.EnableInterrupts();

        SipChecks.Run();
        ChannelChecks.Run();
        FaultChecks.Run();
        DiskChecks.Run();
        NetChecks.Run();
        BenchmarkSuite.Run((int)iterations);
        Cpu.DisableInterrupts();
    }
}
