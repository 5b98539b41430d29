// The first C# a process runs: initialise the runtime's statics, run the image's
// `tb_process_main`, and leave through the image's `tb_process_exit` (which knows its
// personality's exit system call).
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Process;

public static unsafe class ProcessStart
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_modules_start")] private static extern void** ModulesStart();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_modules_end")] private static extern void** ModulesEnd();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_process_main")] private static extern int ProcessMain(ulong argument);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_process_exit")] private static extern void ProcessExit(int code);

    [RuntimeExport("tb_process_start")]
    private static void Start(ulong argument)
    {
        if (!Testbed.Runtime.ModuleStartup.Initialize(ModulesStart(), ModulesEnd())) ProcessExit(-1);
        ProcessExit(ProcessMain(argument));
    }
}
