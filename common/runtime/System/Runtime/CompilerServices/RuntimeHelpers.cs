namespace System.Runtime.CompilerServices;

public static class RuntimeHelpers
{
    // Used by the C# compiler for `fixed` on strings.
    public static int OffsetToStringData => 12;

    [Intrinsic]
    public static bool IsReferenceOrContainsReferences<T>() => throw null;

    // The C# compiler emits this for array initialisers over non-constant data; with -O the
    // AOT compiler pre-initialises static arrays, and it expands this call for small ones.
    [Intrinsic]
    public static void InitializeArray(Array array, RuntimeFieldHandle fldHandle)
        => Testbed.Runtime.RuntimeFault.Raise(Testbed.Runtime.FaultKind.Unsupported);

    [Intrinsic]
    public static unsafe ReadOnlySpan<T> CreateSpan<T>(RuntimeFieldHandle fldHandle) => throw null;
}
