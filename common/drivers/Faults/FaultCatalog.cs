// Names of targets and kinds (one spelling each) and which target supports which kind: the
// table the kernels' parser, the harness's pre-check and the records all read.
namespace Testbed.Drivers.Faults;

public static class FaultCatalog
{
    public const InjectedFault LastKind = InjectedFault.OutOfMemory;
    public const FaultTarget LastTarget = FaultTarget.Fs;

    public static string KindName(InjectedFault kind) => kind switch
    {
        InjectedFault.NullDeref => "null-deref",
        InjectedFault.WildWrite => "wild-write",
        InjectedFault.InfiniteLoop => "infinite-loop",
        InjectedFault.IllegalInstruction => "illegal-instruction",
        InjectedFault.BadReturn => "bad-return",
        InjectedFault.DivideByZero => "divide-by-zero",
        InjectedFault.IndexOutOfRange => "index-out-of-range",
        InjectedFault.InvalidCast => "invalid-cast",
        InjectedFault.StackOverflow => "stack-overflow",
        InjectedFault.ContractViolation => "contract-violation",
        InjectedFault.NotOwner => "not-owner",
        InjectedFault.Throw => "throw",
        InjectedFault.OutOfMemory => "out-of-memory",
        _ => "none",
    };

    public static string TargetName(FaultTarget target) => target switch
    {
        FaultTarget.Ata => "ata",
        FaultTarget.Rtl8139 => "rtl8139",
        FaultTarget.Echo => "echo",
        FaultTarget.Ds => "ds",
        FaultTarget.Fs => "fs",
        _ => "none",
    };

    /// <summary>Whether <paramref name="target"/> can commit <paramref name="kind"/>.</summary>
    public static bool Supports(FaultTarget target, InjectedFault kind) => target switch
    {
        FaultTarget.Ata or FaultTarget.Rtl8139 => kind >= InjectedFault.NullDeref && kind <= InjectedFault.BadReturn,
        FaultTarget.Echo => kind == InjectedFault.NullDeref || kind == InjectedFault.InfiniteLoop
            || (kind >= InjectedFault.DivideByZero && kind <= InjectedFault.OutOfMemory),
        // A server dies or hangs as a process does: the machine-level faults that end or stall it.
        FaultTarget.Ds or FaultTarget.Fs => kind == InjectedFault.NullDeref || kind == InjectedFault.InfiniteLoop || kind == InjectedFault.IllegalInstruction,
        _ => false,
    };

    /// <summary>
    /// Whether a plan for <paramref name="target"/> may be persistent (`@n!`): the drivers,
    /// which every kernel's manager restarts with the plan again; not the echo service,
    /// whose fault check restarts it once, clean; and minix-style's servers, which its
    /// reincarnation server restarts with the plan again until its policy gives up.
    /// </summary>
    public static bool SupportsPersistent(FaultTarget target) => target != FaultTarget.Echo && target != FaultTarget.None;

    /// <summary>
    /// The highest request number a target's plan can carry: the echo service receives it in
    /// 16 bits of its start argument, as minix-style's servers do; drivers count requests in 32 bits.
    /// </summary>
    public static uint MaxRequest(FaultTarget target) => target == FaultTarget.Echo || target == FaultTarget.Ds || target == FaultTarget.Fs ? 0xFFFFu : 1_000_000_000u;
}
