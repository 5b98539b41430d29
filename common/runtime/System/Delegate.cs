// Delegate types must exist for the compiler. Invoking a delegate needs runtime support
// for delegate construction that this runtime does not provide; use function pointers.
namespace System;

public abstract class Delegate
{
#pragma warning disable 169, 649
    internal object _firstParameter;
    internal object _helperObject;
    internal nint _extraFunctionPointerOrData;
    internal IntPtr _functionPointer;
#pragma warning restore 169, 649
}

public abstract class MulticastDelegate : Delegate { }
