// Where compiled code goes when an inline check fails (range, overflow, cast...).
// Each one ends in the image's fault hook with a kind that says what went wrong.
using Testbed.Runtime;

namespace Internal.Runtime.CompilerHelpers;

internal static class ThrowHelpers
{
    private static void ThrowOverflowException() => RuntimeFault.Raise(FaultKind.Overflow);
    private static void ThrowIndexOutOfRangeException() => RuntimeFault.Raise(FaultKind.IndexOutOfRange);
    private static void ThrowNullReferenceException() => RuntimeFault.Raise(FaultKind.NullReference);
    private static void ThrowDivideByZeroException() => RuntimeFault.Raise(FaultKind.DivideByZero);
    private static void ThrowArrayTypeMismatchException() => RuntimeFault.Raise(FaultKind.InvalidCast);
    private static void ThrowPlatformNotSupportedException() => RuntimeFault.Raise(FaultKind.Unsupported);
    private static void ThrowTypeLoadException() => RuntimeFault.Raise(FaultKind.Unsupported);
    private static void ThrowArgumentException() => RuntimeFault.Raise(FaultKind.Argument);
    private static void ThrowArgumentOutOfRangeException() => RuntimeFault.Raise(FaultKind.Argument);
    private static void ThrowInvalidProgramException() => RuntimeFault.Raise(FaultKind.Unsupported);
    private static void ThrowFeatureBodyRemoved() => RuntimeFault.Raise(FaultKind.Unsupported);
}
