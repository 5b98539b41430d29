// Interop attributes: how C# reaches assembly routines and exports entry points.
namespace System.Runtime.InteropServices;

public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }

public enum CharSet { None = 1, Ansi = 2, Unicode = 3, Auto = 4 }

public enum CallingConvention { Winapi = 1, Cdecl = 2, StdCall = 3, ThisCall = 4, FastCall = 5 }

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class StructLayoutAttribute : Attribute
{
    public StructLayoutAttribute(LayoutKind layoutKind) { }
    public int Pack;
    public int Size;
    public CharSet CharSet;
}

[AttributeUsage(AttributeTargets.Field)]
public sealed class FieldOffsetAttribute : Attribute
{
    public FieldOffsetAttribute(int offset) { }
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class DllImportAttribute : Attribute
{
    public DllImportAttribute(string dllName) { }
    public string EntryPoint;
    public CallingConvention CallingConvention;
    public bool ExactSpelling;
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class SuppressGCTransitionAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Method)]
public sealed class UnmanagedCallersOnlyAttribute : Attribute
{
    public string EntryPoint;
    public Type[] CallConvs;
}

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class InAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class OutAttribute : Attribute { }

public static class MemoryMarshal
{
    public static ref T GetReference<T>(Span<T> span) => ref span.GetPinnableReference();
}
