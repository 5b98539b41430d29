// The network driver SIP: the shared RTL8139 driver behind the Net contract at /dev/net0
// (DriverGlue's Rtl8139Sip: its manifest claim, then the packet driver host).
using System.Runtime;
using Singularity.Processes.DriverGlue;

namespace Singularity.Processes.NetDriver;

public static class NetDriverMain
{
    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument) => Rtl8139Sip.Run(argument);
}
