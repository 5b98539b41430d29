// How a process of this personality ends: a system process asks the kernel (SYS_EXIT); a
// user process may make no kernel call, so it asks PM, which ends it (MINIX 3: exit() sends
// PM_EXIT to PM).

namespace MinixStyle.Processes.MinixLib;

public static class ProcessExit
{
    [RuntimeExport("tb_process_exit")]
    public static void Exit(int code)
    {
        Sys.Call(KernelCallNumber.Exit, (ulong)(long)code, unchecked((ulong)(long)Endpoint.None), 0, 0, out _);
        Sys.Request(Endpoint.Pm, PmRequest.Exit, (ulong)(long)code);
        for (;;) { }
    }

    [RuntimeExport("tb_runtime_fault")]
    private static void RuntimeFault(int kind) => Exit(100 + kind);
}
