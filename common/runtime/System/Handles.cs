// Runtime handles are compiler-known value types (typeof, ldtoken). Reflection is absent.
namespace System;

public struct RuntimeTypeHandle
{
    private IntPtr _value;
}

public struct RuntimeMethodHandle
{
    private IntPtr _value;
}

public struct RuntimeFieldHandle
{
    private IntPtr _value;
}

public abstract class Type { }

// The compiler's representation of a Type at run time; only its existence is needed.
internal sealed class RuntimeType : Type { }
