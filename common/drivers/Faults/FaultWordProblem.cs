// Why a `fault=` word cannot be armed. Kernels report it as the failed check fault.armed;
// the harness refuses to boot with it (exit code 2).
namespace Testbed.Drivers.Faults;

public enum FaultWordProblem : uint
{
    None = 0,
    /// <summary>Not of the form &lt;target&gt;:&lt;kind&gt;@&lt;n&gt;.</summary>
    Malformed = 1,
    UnknownTarget = 2,
    UnknownKind = 3,
    /// <summary>A known kind the target cannot commit (e.g. ata:divide-by-zero), or a persistent plan (`!`) for a target that takes none (echo).</summary>
    KindNotSupported = 4,
    /// <summary>The request number is missing, zero, not a decimal number or too large for the target.</summary>
    BadRequestNumber = 5,
    /// <summary>The kernel has no such target (FaultTargets of its build).</summary>
    TargetNotInKernel = 6,
    /// <summary>A second fault= word for the same target: a target commits one planned fault.</summary>
    DuplicateTarget = 7,
}
