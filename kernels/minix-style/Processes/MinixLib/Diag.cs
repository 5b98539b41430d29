// Reports through SYS_DIAGCTL, by number (Abi/ReportNames.cs): the kernel prints them.

namespace MinixStyle.Processes.MinixLib;

public static unsafe class Diag
{
    public static bool Check(CheckId check, bool ok, ulong value)
    {
        Sys.Call(KernelCallNumber.DiagCtl, DiagOp.Check, (ulong)check, ok ? 1UL : 0, value, out _);
        return ok;
    }

    /// <summary>From now on every kernel call runs in the caller's trap (true) or in the system task (false), for the .in-trap rows.</summary>
    public static void KernelCallsInTrap(bool inTrap) => Sys.Call(KernelCallNumber.DiagCtl, DiagOp.KernelCallPath, inTrap ? 1UL : 0, 0, 0, out _);

    public static void Bench(BenchId bench, ulong[] samples, int count)
    {
        fixed (ulong* s = samples) Sys.Call(KernelCallNumber.DiagCtl, DiagOp.Bench, (ulong)bench, (ulong)s, (ulong)count, out _);
    }
}
