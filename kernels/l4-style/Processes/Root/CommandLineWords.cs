// The kernel command line as the root task sees it (fetched once through the kernel's
// debug call): words `key` or `key=value`, as common/hal/Boot/CommandLine.cs reads them.
using L4.Abi;
using L4.User;

namespace L4.Root;

public static unsafe class CommandLineWords
{
    private const int Capacity = 512;
    private static byte[] s_line = new byte[Capacity + 1];

    public static byte* Raw
    {
        get { fixed (byte* p = s_line) return p; }
    }

    public static void Fetch()
    {
        fixed (byte* p = s_line)
        {
            Message m = default;
            m.Mr0 = KdbOp.CommandLine;
            m.Mr1 = (ulong)p;
            m.Mr2 = Capacity;
            Kernel.Invoke(Op.Kdb, ref m);
            p[m.Mr0 < Capacity ? m.Mr0 : Capacity] = 0;
        }
    }

    public static bool Has(string key) => Find(key, out _) != null;

    public static ulong Number(string key, ulong fallback)
    {
        byte* value = Find(key, out bool hasValue);
        if (value == null || !hasValue) return fallback;
        ulong result = 0;
        bool any = false;
        for (; *value >= '0' && *value <= '9'; value++, any = true) result = result * 10 + (ulong)(*value - '0');
        return any ? result : fallback;
    }

    public static bool ValueIs(string key, string expected)
    {
        byte* value = Find(key, out bool hasValue);
        if (value == null || !hasValue) return false;
        for (int i = 0; i < expected.Length; i++)
            if (value[i] != expected[i]) return false;
        return value[expected.Length] == 0 || value[expected.Length] == ' ';
    }

    private static byte* Find(string key, out bool hasValue)
    {
        hasValue = false;
        byte* p = Raw;
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
