// A fault a driver is asked to commit, for tests, demos and teaching labs:
//   fault=<driver>:<kind>@<n>      e.g. fault=ata:null-deref@5, fault=rtl8139:infinite-loop@12
// The driver commits it at the start of its n-th request (counted from 1 since it was
// loaded). Every personality parses the same words (FaultPlanParser) and every driver calls
// the same trigger (FaultTrigger), so a fault means the same thing in all four kernels.
using System.Runtime.InteropServices;

namespace Testbed.Drivers.Faults;

public enum DriverFaultKind : uint
{
    None = 0,
    /// <summary>Writes through a null pointer: a page fault in page 0.</summary>
    NullDeref = 1,
    /// <summary>Writes garbage over a word of kernel data the environment names.</summary>
    WildWrite = 2,
    /// <summary>Never returns from the request.</summary>
    InfiniteLoop = 3,
    /// <summary>Executes ud2: an invalid-opcode exception.</summary>
    IllegalInstruction = 4,
    /// <summary>Completes the request but reports a corrupt result: a length far beyond what was asked.</summary>
    BadReturn = 5,
}

[StructLayout(LayoutKind.Sequential)]
public struct FaultPlan
{
    public DriverFaultKind Kind;
    /// <summary>The request (1 = first since the driver was loaded) at which the fault is committed.</summary>
    public uint AtRequest;
    /// <summary>Where a wild write lands: an address of kernel data, named by the kernel.</summary>
    public ulong WildWriteTarget;

    public readonly bool IsArmed => Kind != DriverFaultKind.None && AtRequest != 0;

    public static string KindName(DriverFaultKind kind) => kind switch
    {
        DriverFaultKind.NullDeref => "null-deref",
        DriverFaultKind.WildWrite => "wild-write",
        DriverFaultKind.InfiniteLoop => "infinite-loop",
        DriverFaultKind.IllegalInstruction => "illegal-instruction",
        DriverFaultKind.BadReturn => "bad-return",
        _ => "none",
    };
}
