// The one list of faults Testbed can inject, one spelling each (FaultCatalog.KindName),
// for every kernel, every target and the harness. Which target supports which kind is
// FaultCatalog.Supports. Plain enum, no runtime needs: compiled into the driver library,
// into the echo SIPs (whose own code must be verifiably safe) and into the harness. 16-bit
// (with the 8-bit FaultTarget and the persistence flag) so that a FaultPlan stays 16 bytes: drivers copy it on every request.
namespace Testbed.Drivers.Faults;

public enum InjectedFault : ushort
{
    None = 0,

    // Machine-level faults a buggy driver commits (Nooks, Swift et al., SOSP 2003, section 5);
    // every driver target supports them (FaultTrigger commits them).
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

    // Failed language-level checks a SIP commits (Singularity: the runtime's and the
    // channel contracts' checks); the echo service SIP supports them, with null-deref and
    // infinite-loop above.
    DivideByZero = 6,
    IndexOutOfRange = 7,
    InvalidCast = 8,
    StackOverflow = 9,
    /// <summary>Sends a message its channel's contract does not allow in the current state.</summary>
    ContractViolation = 10,
    /// <summary>Touches an exchange heap block after sending it away.</summary>
    NotOwner = 11,
    Throw = 12,
    OutOfMemory = 13,
}
