// The kernel command line as the root task fetches it: a copy, asked for once through the
// kernel's debug call (KdbOp.CommandLine). Its words are read by common/guest's
// CommandLineWords, the same code the kernel uses on the Multiboot line.
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Guest.CommandLine;

namespace L4Style.Processes.Root;

public static unsafe class KernelCommandLine
{
    private const int Capacity = 512;
    private static byte[] s_line = new byte[Capacity + 1];

    /// <summary>The fetched line's words (empty until <see cref="Fetch"/>).</summary>
    public static CommandLineWords Words
    {
        get { fixed (byte* p = s_line) return new CommandLineWords(p); }
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
}
