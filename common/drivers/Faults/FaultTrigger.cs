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
    public static bool AtRequest<TEnv>(ref TEnv env, in FaultPlan plan, uint request) where TEnv : struct, IDriverEnv
    {
        if (!plan.IsArmed || request != plan.AtRequest) return false;
        env.FaultCommitting(plan);
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
