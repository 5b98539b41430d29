// Reading the kernel command line (common/protocol/PROTOCOL.md, "Command line"):
// space-separated words, each `key` or `key=value`, in a NUL-terminated byte string. The
// parsing is the same everywhere; how the line is fetched is not (the HAL reads the
// Multiboot command line, l4-style's root task asks the kernel for a copy), so a reader
// holds only the line's address. It works on raw bytes and does not allocate.
namespace Testbed.Guest.CommandLine;

public readonly unsafe struct CommandLineWords
{
    /// <summary>The NUL-terminated line (null: no line, every word absent).</summary>
    public readonly byte* Line;

    public CommandLineWords(byte* line) => Line = line;

    public bool Has(string key) => Has(Line, key);
    public ulong Number(string key, ulong fallback) => Number(Line, key, fallback);
    public bool ValueIs(string key, string expected) => ValueIs(Line, key, expected);
    public bool Breaks(string check) => SelfTestBreak.Names(Line, check);

    /// <summary>True if the word <paramref name="key"/> or <c>key=...</c> is present.</summary>
    public static bool Has(byte* line, string key) => Find(line, key, out _) != null;

    /// <summary>The unsigned integer value of <c>key=N</c>, or <paramref name="fallback"/>.</summary>
    public static ulong Number(byte* line, string key, ulong fallback)
    {
        byte* value = Find(line, key, out bool hasValue);
        if (value == null || !hasValue) return fallback;
        ulong result = 0;
        bool any = false;
        for (; *value >= '0' && *value <= '9'; value++, any = true) result = result * 10 + (ulong)(*value - '0');
        return any ? result : fallback;
    }

    /// <summary>True if <c>key=value</c> is present with exactly this value.</summary>
    public static bool ValueIs(byte* line, string key, string expected)
    {
        byte* value = Find(line, key, out bool hasValue);
        if (value == null || !hasValue) return false;
        for (int i = 0; i < expected.Length; i++)
            if (value[i] != expected[i]) return false;
        return value[expected.Length] == 0 || value[expected.Length] == ' ';
    }

    /// <summary>A pointer to the value (after '=') or to the end of the key, or null if the word is absent.</summary>
    public static byte* Find(byte* line, string key, out bool hasValue)
    {
        hasValue = false;
        byte* p = line;
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
