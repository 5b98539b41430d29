// The disk driver SIP: the shared ATA driver behind the Disk contract at /dev/disk0
// (DriverGlue's AtaSip: its manifest claim, then the block driver host).
using System.Runtime;
using Singularity.Processes.DriverGlue;

namespace Singularity.Processes.DiskDriver;

public static class DiskDriverMain
{
    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument) => AtaSip.Run(argument);
}
