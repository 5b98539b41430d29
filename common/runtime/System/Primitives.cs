// The primitive value types. The compiler maps its built-in types onto these by name;
// their single field's type is what gives each its size.
namespace System;

public abstract class ValueType { }

public abstract class Enum : ValueType { }

public struct Void { }

public struct Boolean { private bool _value; }

public struct Char { private char _value; }

public struct SByte { private sbyte _value; }

public struct Byte { private byte _value; }

public struct Int16 { private short _value; }

public struct UInt16 { private ushort _value; }

public struct Int32
{
    private int _value;
    public const int MaxValue = 0x7fffffff;
    public const int MinValue = unchecked((int)0x80000000);
}

public struct UInt32
{
    private uint _value;
    public const uint MaxValue = 0xffffffff;
}

public struct Int64
{
    private long _value;
    public const long MaxValue = 0x7fffffffffffffffL;
    public const long MinValue = unchecked((long)0x8000000000000000UL);
}

public struct UInt64
{
    private ulong _value;
    public const ulong MaxValue = 0xffffffffffffffffUL;
}

public unsafe struct IntPtr
{
    private void* _value;
    public static readonly IntPtr Zero;
    public IntPtr(void* value) { _value = value; }
    public IntPtr(long value) { _value = (void*)value; }
    public static explicit operator IntPtr(long value) => new IntPtr(value);
    public static explicit operator long(IntPtr value) => (long)value._value;
    public static explicit operator void*(IntPtr value) => value._value;
    public static explicit operator IntPtr(void* value) => new IntPtr(value);
}

public unsafe struct UIntPtr
{
    private void* _value;
    public UIntPtr(void* value) { _value = value; }
    public static explicit operator void*(UIntPtr value) => value._value;
}

public struct Single { private float _value; }

public struct Double { private double _value; }

public struct TypedReference { }

public struct ArgIterator { }

public struct RuntimeArgumentHandle { }
