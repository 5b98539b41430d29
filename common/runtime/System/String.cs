// Strings are length-prefixed UTF-16, laid out by the compiler for literals:
// [MethodTable*][int length][chars...]. Only literals and runtime-built strings exist.
using System.Runtime.CompilerServices;

namespace System;

public sealed class String
{
    // Field names and order are the compiler's contract for string literals.
    private readonly int _stringLength;
    private char _firstChar;

    public int Length
    {
        [Intrinsic]
        get => _stringLength;
    }

    public char this[int index]
    {
        [Intrinsic]
        get
        {
            if ((uint)index >= (uint)_stringLength)
                Testbed.Runtime.RuntimeFault.Raise(Testbed.Runtime.FaultKind.IndexOutOfRange);
            return Unsafe.Add(ref _firstChar, index);
        }
    }

    public ref readonly char GetPinnableReference() => ref _firstChar;

    public static bool Equals(string a, string b)
    {
        if ((object)a == b) return true;
        if ((object)a == null || (object)b == null || a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (a[i] != b[i]) return false;
        return true;
    }

    public static bool operator ==(string a, string b) => Equals(a, b);
    public static bool operator !=(string a, string b) => !Equals(a, b);
    public override bool Equals(object obj) => obj is string s && Equals(this, s);
    public override int GetHashCode()
    {
        int hash = 5381;
        for (int i = 0; i < _stringLength; i++) hash = hash * 33 ^ this[i];
        return hash;
    }
    public override string ToString() => this;

    /// <summary>Allocates an uninitialised string of the given length (used by runtime helpers).</summary>
    internal static unsafe string FastAllocate(int length)
    {
        return Internal.Runtime.CompilerHelpers.Allocation.NewString(length);
    }
}
