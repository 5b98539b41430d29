// A fault a target is asked to commit, for tests, demos and teaching labs:
//   fault=<target>:<kind>@<n>      e.g. fault=ata:null-deref@5, fault=echo:divide-by-zero@3
//   fault=<target>:<kind>@<n>!     persistent: e.g. fault=ata:null-deref@3!
// The target commits it at the start of its n-th request (counted from 1 since it was
// loaded), once: a restarted instance runs clean. A persistent plan (`!`) is handed to every
// restarted instance too, which commits it again at its own n-th request: a bug that is in
// the driver's code, not in one unlucky moment, so the kernel's restart policy must give up. Every personality parses the same words
// (FaultPlanParser), names them from one table (FaultCatalog), and every driver calls the
// same trigger (FaultTrigger), so a fault means the same thing in all four kernels.
using System.Runtime.InteropServices;

namespace Testbed.Drivers.Faults;

[StructLayout(LayoutKind.Sequential)]
public struct FaultPlan
{
    public FaultTarget Target;
    /// <summary>Committed again by every restarted instance (the word ends in `!`).</summary>
    public bool Persistent;
    public InjectedFault Kind;
    /// <summary>The request (1 = first since the driver was loaded) at which the fault is committed.</summary>
    public uint AtRequest;
    /// <summary>Where a wild write lands: an address of kernel data, named by the kernel.</summary>
    public ulong WildWriteTarget;

    public readonly bool IsArmed => Kind != InjectedFault.None && AtRequest != 0;
}
