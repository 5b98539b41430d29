using System.Runtime;
using Testbed.Hal;

namespace Halcheck;

public static class KernelMain
{
    [RuntimeExport("tb_kernel_name")]
    private static string Name() => "halcheck";

    [RuntimeExport("tb_kernel_main")]
    private static void Main()
    {
        Report.Check("boot.reached-main", true);
        unsafe { Console.WriteHex((ulong)Multiboot.CommandLine); Console.WriteLine(""); }
    }
}
