// Reports through SYS_DIAGCTL, by number (Abi/ReportNames.cs): the kernel prints them.

namespace MinixStyle.Processes.MinixLib;

public static unsafe class Diag
{
    public static bool Check(CheckId check, bool ok, ulong value)
    {
        Sys.Call(KernelCallNumber.DiagCtl, DiagOp.Check, (ulong)check, ok ? 1UL : 0, value, out _);
        return ok;
    }

    public static void Bench(BenchId bench, ulong[] samples, int count)
    {
        fixed (ulong* s = samples) Sys.Call(KernelCallNumber.DiagCtl, DiagOp.Bench, (ulong)bench, (ulong)s, (ulong)count, out _);
    }
}
