// Inputs to halcheck's checks that the compiler cannot see (opaque.S), and whether the
// command line's `selftest-break=<check>[,<check>...]` (common/guest: SelfTestBreak, the
// word every kernel reads) names a check, which then gets a wrong input so that a boot
// test can show it report failure.
using Testbed.Guest.CommandLine;
using Testbed.Protocol;

namespace Halcheck.Checks;

public static unsafe class SelfTestInputs
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "halcheck_opaque_word")]
    public static extern ulong Word(ulong value);

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "halcheck_opaque_object")]
    private static extern object ObjectOf(object value);

    /// <summary><paramref name="value"/>, passed through assembly: the compiler no longer knows its type.</summary>
    public static T Object<T>(T value) where T : class => Unsafe.As<T>(ObjectOf(value));

    /// <summary>True if the command line names <paramref name="check"/> in <c>selftest-break=</c>.</summary>
    public static bool Broken(string check) => CommandLine.Breaks(check);
}
