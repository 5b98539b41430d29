// The minimal SIP: says hello through the kernel ABI and exits. With argument 1 it exits
// at once (the SIP create/start/exit benchmark).
using System.Runtime;
using Singularity.Processes.SipLibrary;

namespace Singularity.Processes.Hello;

public static class HelloMain
{
    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument)
    {
        if (argument == 1) return 0;
        Sip.Log("hello, world");
        return 0;
    }
}
