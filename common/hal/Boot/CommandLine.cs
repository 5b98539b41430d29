// The kernel command line (Multiboot cmdline, QEMU -append): space-separated words, each
// `key` or `key=value`. See common/protocol/PROTOCOL.md; the parsing is shared with ring-3
// programs (common/protocol/Guest/CommandLineWords.cs).
using Testbed.Protocol;

namespace Testbed.Hal;

public static unsafe class CommandLine
{
    /// <summary>True if the word <paramref name="key"/> or <c>key=...</c> is present.</summary>
    public static bool Has(string key) => CommandLineWords.Has(Multiboot.CommandLine, key);

    /// <summary>The unsigned integer value of <c>key=N</c>, or <paramref name="fallback"/>.</summary>
    public static ulong Number(string key, ulong fallback) => CommandLineWords.Number(Multiboot.CommandLine, key, fallback);

    /// <summary>True if <c>key=value</c> is present with exactly this value.</summary>
    public static bool ValueIs(string key, string expected) => CommandLineWords.ValueIs(Multiboot.CommandLine, key, expected);
}
