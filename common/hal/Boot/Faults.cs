// The image's runtime fault hook (see common/runtime/Testbed/RuntimeFault.cs), and the
// CPU exceptions that are the same faults detected by hardware: a null dereference is a
// page fault in page 0, an integer division by zero is #DE. A kernel installs a handler
// to apply its failure model (kill a thread, a SIP...); without one, a fault is a panic.
using System.Runtime;
using Testbed.Runtime;

namespace Testbed.Hal;

public static unsafe class Faults
{
    /// <summary>Called with the fault kind; must not return (switch away, or panic).</summary>
    public static delegate*<FaultKind, void> Handler;

    [RuntimeExport("tb_runtime_fault")]
    private static void OnRuntimeFault(int kind) => Raise((FaultKind)kind);

    public static void Raise(FaultKind kind)
    {
        if (Handler != null) Handler(kind);
        Panic.Halt(Name(kind));
    }

    /// <summary>Maps a ring-0 CPU exception to the runtime fault it stands for, if any.</summary>
    internal static bool TryRaiseFromException(InterruptFrame* frame)
    {
        if (frame->FromUserMode) return false;
        if (frame->Vector == Vectors.PageFault && Cpu.ReadCr2() < 4096) Raise(FaultKind.NullReference);
        else if (frame->Vector == Vectors.DivideError) Raise(FaultKind.DivideByZero);
        return false;
    }

    public static string Name(FaultKind kind) => kind switch
    {
        FaultKind.Throw => "throw",
        FaultKind.NullReference => "null-reference",
        FaultKind.IndexOutOfRange => "index-out-of-range",
        FaultKind.InvalidCast => "invalid-cast",
        FaultKind.DivideByZero => "divide-by-zero",
        FaultKind.Overflow => "overflow",
        FaultKind.OutOfMemory => "out-of-memory",
        FaultKind.Argument => "argument",
        FaultKind.InvalidOperation => "invalid-operation",
        FaultKind.Unsupported => "unsupported",
        FaultKind.FailFast => "fail-fast",
        _ => "runtime-fault",
    };
}
