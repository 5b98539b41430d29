// The kernel command line as the root task sees it (fetched once through the kernel's
// debug call): words `key` or `key=value`.
using L4Style.Abi;
using L4Style.Processes.UserLib;

namespace L4Style.Processes.Root;

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

    // Parsed by the same code as the kernel's view (common/protocol/Guest/CommandLineWords.cs).
    public static bool Has(string key) => Testbed.Protocol.CommandLineWords.Has(Raw, key);

    public static ulong Number(string key, ulong fallback) => Testbed.Protocol.CommandLineWords.Number(Raw, key, fallback);

    public static bool ValueIs(string key, string expected) => Testbed.Protocol.CommandLineWords.ValueIs(Raw, key, expected);
}
