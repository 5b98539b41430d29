// Names for every way a SIP can fail: the runtime's failed checks (Testbed.Runtime.FaultKind),
// the SIP-side checks of this personality (Abi/AbiSlot.cs SipFaultKind), and CPU
// exceptions in SIP code (CpuBase + vector).

namespace Singularity.Faults;

public static class FaultKinds
{
    public const long Unsupported = (long)Testbed.Runtime.FaultKind.Unsupported;
    public const long CpuBase = 200;

    public static string Name(long kind)
    {
        if (kind >= CpuBase) return Vectors.ExceptionName((ulong)(kind - CpuBase));
        return kind switch
        {
            SipFaultKind.NotOwner => "exchange-not-owner",
            SipFaultKind.ContractViolation => "contract-violation",
            SipFaultKind.BadHandle => "bad-handle",
            SipFaultKind.Undeclared => "undeclared-resource",
            SipFaultKind.StackOverflow => "stack-overflow",
            SipFaultKind.Watchdog => "watchdog",
            _ => Testbed.Hal.Faults.Name((Testbed.Runtime.FaultKind)kind),
        };
    }
}
