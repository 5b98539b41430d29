// A fault a target is asked to commit, for tests, demos and teaching labs:
//   fault=<target>:<kind>@<n>      e.g. fault=ata:null-deref@5, fault=echo:divide-by-zero@3
// The target commits it at the start of its n-th request (counted from 1 since it was
// loaded), once: a restarted instance runs clean. Every personality parses the same words
// (FaultPlanParser), names them from one table (FaultCatalog), and every driver calls the
// same trigger (FaultTrigger), so a fault means the same thing in all four kernels.
using System.Runtime.InteropServices;

namespace Testbed.Drivers.Faults;

[StructLayout(LayoutKind.Sequential)]
public struct FaultPlan
{
    public FaultTarget Target;
    public InjectedFault Kind;
    /// <summary>The request (1 = first since the driver was loaded) at which the fault is committed.</summary>
    public uint AtRequest;
    /// <summary>Where a wild write lands: an address of kernel data, named by the kernel.</summary>
    public ulong WildWriteTarget;

    public readonly bool IsArmed => Kind != InjectedFault.None && AtRequest != 0;
}
