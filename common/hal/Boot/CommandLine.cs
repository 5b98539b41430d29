// The kernel command line (Multiboot cmdline, QEMU -append) as the HAL fetches it: the
// Multiboot information's string. The words are read by common/guest's CommandLineWords,
// the same code ring-3 programs use on their copy (common/protocol/PROTOCOL.md).
using Testbed.Guest.CommandLine;

namespace Testbed.Hal;

public static unsafe class CommandLine
{
    /// <summary>The boot command line's words.</summary>
    public static CommandLineWords Words => new(Multiboot.CommandLine);

    /// <summary>True if the word <paramref name="key"/> or <c>key=...</c> is present.</summary>
    public static bool Has(string key) => Words.Has(key);

    /// <summary>The unsigned integer value of <c>key=N</c>, or <paramref name="fallback"/>.</summary>
    public static ulong Number(string key, ulong fallback) => Words.Number(key, fallback);

    /// <summary>
    /// <c>iterations=N</c>, the benchmarks' sample count (1000 if absent). A value of 0 or
    /// above <paramref name="max"/> (what the kernel's sample buffers hold) stops the boot:
    /// a bench run with no samples, or with more than it can keep, would give no result.
    /// </summary>
    public static ulong Iterations(ulong max)
    {
        ulong iterations = Number("iterations", 1000);
        if (iterations == 0 || iterations > max) Panic.Halt("iterations=N is 0 or above this kernel's maximum (its README)");
        return iterations;
    }

    /// <summary>True if <c>key=value</c> is present with exactly this value.</summary>
    public static bool ValueIs(string key, string expected) => Words.ValueIs(key, expected);

    /// <summary>True if <c>selftest-break=</c> names <paramref name="check"/> (SelfTestBreak): give it a wrong input.</summary>
    public static bool Breaks(string check) => Words.Breaks(check);
}
