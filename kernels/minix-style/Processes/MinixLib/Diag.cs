// Reports through SYS_DIAGCTL, by number (Abi/ReportNames.cs): the kernel prints them.
using MinixStyle.Abi;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class Diag
{
    private static MessageRoom s_room;

    public static bool Check(CheckId check, bool ok, ulong value)
    {
        Call(DiagOp.Check, (ulong)check, ok ? 1UL : 0, value);
        return ok;
    }

    public static void Bench(BenchId bench, ulong[] samples, int count)
    {
        fixed (ulong* s = samples) Call(DiagOp.Bench, (ulong)bench, (ulong)s, (ulong)count);
    }

    private static void Call(ulong op, ulong a2, ulong a3, ulong a4)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        *m = default;
        m->Type = KernelCallNumber.DiagCtl;
        m->A1 = op; m->A2 = a2; m->A3 = a3; m->A4 = a4;
        Ipc.KernelCall(m);
    }
}
