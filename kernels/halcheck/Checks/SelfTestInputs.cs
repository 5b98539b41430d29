// Inputs to halcheck's checks that the compiler cannot see (opaque.S), and the command
// line word that makes chosen checks get a wrong input, so that a boot test can show each
// of them report failure: `selftest-break=<check>[,<check>...]`, for example
// `selftest-break=runtime.virtual-calls,runtime.casts`.
using Testbed.Guest.CommandLine;
using Testbed.Protocol;

namespace Halcheck.Checks;

public static unsafe class SelfTestInputs
{
    public const string BreakKey = "selftest-break";

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "halcheck_opaque_word")]
    public static extern ulong Word(ulong value);

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "halcheck_opaque_object")]
    private static extern object ObjectOf(object value);

    /// <summary><paramref name="value"/>, passed through assembly: the compiler no longer knows its type.</summary>
    public static T Object<T>(T value) where T : class => Unsafe.As<T>(ObjectOf(value));

    /// <summary>True if the command line names <paramref name="check"/> in <c>selftest-break=</c>.</summary>
    public static bool Broken(string check)
    {
        byte* value = CommandLineWords.Find(Multiboot.CommandLine, BreakKey, out bool hasValue);
        if (value == null || !hasValue) return false;
        while (*value != 0 && *value != ' ')
        {
            int i = 0;
            while (i < check.Length && value[i] == check[i]) i++;
            if (i == check.Length && (value[i] == 0 || value[i] == ' ' || value[i] == ',')) return true;
            while (*value != 0 && *value != ' ' && *value != ',') value++;
            if (*value == ',') value++;
        }
        return false;
    }
}
