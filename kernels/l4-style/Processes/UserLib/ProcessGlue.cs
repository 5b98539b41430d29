// What common/process asks of an image: how to exit, and what a runtime fault does (here:
// the thread exits with 100 + the fault kind, which its pager receives as an exit message).
using System.Runtime;

namespace L4Style.Processes.UserLib;

public static class ProcessGlue
{
    [RuntimeExport("tb_process_exit")]
    private static void Exit(int code) => Kernel.Exit((ulong)(uint)code);

    [RuntimeExport("tb_runtime_fault")]
    private static void RuntimeFault(int kind) => Kernel.Exit(100 + (ulong)kind);
}
