// Arithmetic helpers: the compiler calls the *Checked ones for `checked` conversions and
// multiplications; overflow is a runtime fault like every other failed check.
using Testbed.Runtime;

namespace System;

public static class Math
{
    public static int Min(int a, int b) => a < b ? a : b;
    public static int Max(int a, int b) => a > b ? a : b;
    public static ulong Min(ulong a, ulong b) => a < b ? a : b;
    public static ulong Max(ulong a, ulong b) => a > b ? a : b;

    internal static int ConvertToInt32Checked(double value)
    {
        if (!(value > -2147483649.0 && value < 2147483648.0)) RuntimeFault.Raise(FaultKind.Overflow);
        return (int)value;
    }

    internal static uint ConvertToUInt32Checked(double value)
    {
        if (!(value > -1.0 && value < 4294967296.0)) RuntimeFault.Raise(FaultKind.Overflow);
        return (uint)(long)value;
    }

    internal static long ConvertToInt64Checked(double value)
    {
        if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0)) RuntimeFault.Raise(FaultKind.Overflow);
        return (long)value;
    }

    internal static ulong ConvertToUInt64Checked(double value)
    {
        if (!(value > -1.0 && value < 9223372036854775808.0)) RuntimeFault.Raise(FaultKind.Overflow);
        return (ulong)(long)value;
    }

    internal static long MultiplyChecked(long a, long b)
    {
        long result = unchecked(a * b);
        if (a != 0 && (result / a != b || (a == -1 && b == long.MinValue))) RuntimeFault.Raise(FaultKind.Overflow);
        return result;
    }

    internal static ulong MultiplyChecked(ulong a, ulong b)
    {
        ulong result = unchecked(a * b);
        if (a != 0 && result / a != b) RuntimeFault.Raise(FaultKind.Overflow);
        return result;
    }
}
