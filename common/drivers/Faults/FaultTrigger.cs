// Commits a planned fault for real: every kind is the machine-level event a buggy driver
// would cause (Nooks, Swift et al., SOSP 2003, section 5: the fault types of its injection
// experiments), not a flag the kernel checks. Before the faulty instruction runs, the
// trigger tells the driver's environment, which writes the fault-plan record "committed"
// (FaultRecord): after it, the driver may be dead, and a fault that never ran must never
// look survived.
using System.Runtime;
using System.Runtime.CompilerServices;
using Testbed.Drivers.Environment;

namespace Testbed.Drivers.Faults;

public static unsafe class FaultTrigger
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_fault_illegal_instruction")]
    private static extern void IllegalInstruction();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_fault_spin_forever")]
    private static extern void SpinForever();

    /// <summary>
    /// Called by a driver at the start of each request, with its request number (1 = first
    /// since load). Commits the fault when due; returns true when the request's result must
    /// be corrupted (bad-return), which the driver does itself after doing the work.
    /// </summary>
    // Not inlined: a call, as it has always been on every request (the driver figures count it).
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool AtRequest<TEnv>(in FaultPlan plan, uint request) where TEnv : struct, IDriverEnv
    {
        // No plan (AtRequest 0) is the common path's one test: a load, a test, a branch, as it
        // has always cost (the driver figures in results/ count it).
        if (plan.AtRequest == 0 || request != plan.AtRequest || plan.Kind == InjectedFault.None) return false;
        return Commit<TEnv>(plan);
    }

    // Out of line, so that the common path (no fault due) stays a compare and a return. The
    // environments' FaultCommitting uses no instance state (a kernel service, a debug call,
    // the kernel ABI), hence default(TEnv).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Commit<TEnv>(in FaultPlan plan) where TEnv : struct, IDriverEnv
    {
        default(TEnv).FaultCommitting(plan);
        return CommitNow(plan);
    }

    /// <summary>
    /// Executes the faulty code of <paramref name="plan"/> now, for a target that is not a
    /// driver (minix-style's servers) and has written the "committed" record itself. Returns
    /// true for bad-return, as AtRequest does; the other kinds do not return normally.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool CommitNow(in FaultPlan plan)
    {
        switch (plan.Kind)
        {
            case InjectedFault.NullDeref:
                *(ulong*)Opaque(0) = 0xBAD;
                break;
            case InjectedFault.WildWrite:
                *(ulong*)Opaque(plan.WildWriteTarget) = 0xDEAD_BEEF_DEAD_BEEF;
                break;
            case InjectedFault.InfiniteLoop:
                SpinForever();
                break;
            case InjectedFault.IllegalInstruction:
                IllegalInstruction();
                break;
            case InjectedFault.BadReturn:
                return true;
        }
        return false;
    }

    /// <summary>A corrupt result: what a driver with a bad-return fault puts in its reply's length field.</summary>
    public const uint CorruptLength = 0x7FFF_FFF0;

    // Hides the address from the optimiser, so the store is really emitted.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong Opaque(ulong value) => value;
}
