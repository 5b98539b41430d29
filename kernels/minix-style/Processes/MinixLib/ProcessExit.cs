// How a process of this personality ends: a system process asks the kernel (SYS_EXIT); a
// user process may make no kernel call, so it asks PM, which ends it (MINIX 3: exit() sends
// PM_EXIT to PM).
using System.Runtime;
using MinixStyle.Abi;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class ProcessExit
{
    private static MessageRoom s_room;

    [RuntimeExport("tb_process_exit")]
    public static void Exit(int code)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        m->Type = KernelCallNumber.Exit;
        m->A1 = (ulong)(long)code;
        m->A2 = (ulong)(long)Endpoint.None;
        Ipc.KernelCall(m);
        m->Type = PmRequest.Exit;
        m->A1 = (ulong)(long)code;
        Ipc.SendRec(Endpoint.Pm, m);
        for (;;) { }
    }

    [RuntimeExport("tb_runtime_fault")]
    private static void RuntimeFault(int kind) => Exit(100 + kind);
}
