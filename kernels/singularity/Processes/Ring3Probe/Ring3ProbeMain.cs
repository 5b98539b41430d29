// The ring-3 comparison process: what a hardware-isolated system pays for the same
// operations the SIPs measure. Each mode is one measurement; samples go to the kernel
// through the Record call, and after a loop that finished (a wrong reply ends it at once)
// its count, in the slot after the samples.
using System.Runtime;
using Singularity.Abi;
using Testbed.Guest.Measure;
using Testbed.Process;

namespace Singularity.Processes.Ring3Probe;

public static class Ring3ProbeMain
{
    [RuntimeExport("tb_process_exit")]
    private static void Exit(int code) => Syscall.Invoke(Ring3Calls.Exit, (ulong)code);

    [RuntimeExport("tb_runtime_fault")]
    private static void RuntimeFault(int kind) => Exit(100 + kind);

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        ulong mode = argument & 0xFF;
        ulong count = argument >> 8;
        if (mode == Ring3Calls.ModeExit) return 0;
        if (mode == Ring3Calls.ModeServer)
        {
            ulong request = Syscall.Invoke(Ring3Calls.ReplyWait, 0);
            while (true) request = Syscall.Invoke(Ring3Calls.ReplyWait, request + 1);
        }

        ulong overhead = TscReadCost.Measure();
        Syscall.Invoke(Ring3Calls.Record, Ring3Calls.SlotOverhead, overhead);
        for (ulong i = 0; i < count; i++)
        {
            ulong start = Tsc.Open();
            if (mode == Ring3Calls.ModeNullCalls) Syscall.Invoke(Ring3Calls.Null);
            else if (Syscall.Invoke(Ring3Calls.Call, i + 1) != i + 2) return 3;
            ulong end = Tsc.Close();
            Syscall.Invoke(Ring3Calls.Record, Ring3Calls.FirstSample + i, end - start - overhead);
        }
        Syscall.Invoke(Ring3Calls.Record, Ring3Calls.FirstSample + count, count);     // every reply was right
        return 0;
    }
}
