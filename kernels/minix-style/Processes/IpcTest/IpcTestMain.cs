// ipc-test: as a system process, every IPC primitive against PM (each outcome a check)
// and the benchmarks; as a user process, the refusals its privileges imply, as bits of its
// exit code (it may make no kernel call, so it cannot report; the kernel checks the code).
using System.Runtime;
using MinixStyle.Abi;
using MinixStyle.Processes.MinixLib;

namespace MinixStyle.Processes.IpcTest;

public static unsafe class IpcTestMain
{
    private static MessageRoom s_room;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        if (StartArgument.Role(argument) == StartArgument.RoleUser) return UserRefusals.Probe(m);
        IpcChecks.Run(m);
        IpcBenchmarks.Run(m, (int)StartArgument.Iterations(argument));
        return 0;
    }
}
