// Helpers the compiler insists on finding in the system module. Our images have no
// managed/native transition to track (no GC, no thread suspension), so the P/Invoke
// frame helpers do nothing and a fail-fast is a runtime fault.
using System.Runtime;
using Testbed.Runtime;

namespace Internal.Runtime.CompilerHelpers;

internal static unsafe class StartupCodeHelpers
{
    [RuntimeExport("RhpReversePInvoke")]
    private static void ReversePInvoke(nint frame) { }

    [RuntimeExport("RhpReversePInvokeReturn")]
    private static void ReversePInvokeReturn(nint frame) { }

    [RuntimeExport("RhpPInvoke")]
    private static void PInvoke(nint frame) { }

    [RuntimeExport("RhpPInvokeReturn")]
    private static void PInvokeReturn(nint frame) { }

    [RuntimeExport("RhpFallbackFailFast")]
    private static void FallbackFailFast() => RuntimeFault.Raise(FaultKind.FailFast);

    // Thrown objects: there is no unwinder, so a throw is a fault of the thrower.
    [RuntimeExport("RhpThrowEx")]
    private static void ThrowEx(object exception) => RuntimeFault.Raise(FaultKind.Throw);

    [RuntimeExport("RhpRethrow")]
    private static void Rethrow() => RuntimeFault.Raise(FaultKind.Throw);

    // Polled by code compiled with SuppressGCTransition; nothing ever needs to stop threads.
    [RuntimeExport("RhpGcPoll")]
    private static void GcPoll() { }
}
