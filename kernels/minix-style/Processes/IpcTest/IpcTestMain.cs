// ipc-test: as a system process, every IPC primitive against PM (each outcome a check)
// and the benchmarks, then fork, exec, wait and kill through PM; as a user process, the refusals its privileges imply, as bits of its
// exit code (it may make no kernel call, so it cannot report; the kernel checks the code);
// as a process that must fault, the one violation of SeparateCodeAndData.

namespace MinixStyle.Processes.IpcTest;

public static unsafe class IpcTestMain
{
    private static MessageRoom s_room;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        ulong role = StartArgument.Role(argument);
        if (role == StartArgument.RoleUser) return UserRefusals.Probe(m);
        if (role != StartArgument.RoleSystem) return SeparateCodeAndData.Break(role);
        DsRecovery.Run(m);
        IpcChecks.Run(m);
        DsChecks.Run(m);
        IpcBenchmarks.Run(m, (int)StartArgument.Iterations(argument));
        ProcessChecks.Run(m, (int)StartArgument.Iterations(argument));
        return 0;
    }
}
