// The kernel command line (Multiboot cmdline, QEMU -append): space-separated words, each
// `key` or `key=value`. See common/protocol/PROTOCOL.md.
namespace Testbed.Hal;

public static unsafe class CommandLine
{
    /// <summary>True if the word <paramref name="key"/> or <c>key=...</c> is present.</summary>
    public static bool Has(string key) => Find(key, out _) != null;

    /// <summary>The unsigned integer value of <c>key=N</c>, or <paramref name="fallback"/>.</summary>
    public static ulong Number(string key, ulong fallback)
    {
        byte* value = Find(key, out bool hasValue);
        if (value == null || !hasValue) return fallback;
        ulong result = 0;
        bool any = false;
        while (*value >= '0' && *value <= '9')
        {
            result = result * 10 + (ulong)(*value - '0');
            value++;
            any = true;
        }
        return any ? result : fallback;
    }

    /// <summary>True if <c>key=value</c> is present with exactly this value.</summary>
    public static bool ValueIs(string key, string expected)
    {
        byte* value = Find(key, out bool hasValue);
        if (value == null || !hasValue) return false;
        for (int i = 0; i < expected.Length; i++)
            if (value[i] != expected[i]) return false;
        return value[expected.Length] == 0 || value[expected.Length] == ' ';
    }

    // Returns a pointer to the value (after '=') or to the end of the key, or null.
    private static byte* Find(string key, out bool hasValue)
    {
        hasValue = false;
        byte* p = Multiboot.CommandLine;
        if (p == null) return null;
        while (*p != 0)
        {
            while (*p == ' ') p++;
            byte* word = p;
            int i = 0;
            while (i < key.Length && word[i] == key[i]) i++;
            if (i == key.Length && (word[i] == 0 || word[i] == ' ' || word[i] == '='))
            {
                hasValue = word[i] == '=';
                return hasValue ? word + i + 1 : word + i;
            }
            while (*p != 0 && *p != ' ') p++;
        }
        return null;
    }
}
