// The disk driver task: the shared ATA driver on direct ports, serving block requests.
using System.Runtime;
using L4Style.Processes.DriverGlue;
using Driver = Testbed.Drivers.Ata.AtaDriver<Testbed.Drivers.Environment.DirectPortEnv<L4Style.Processes.DriverGlue.L4DriverServices>>;

namespace L4Style.Processes.AtaDriver;

public static class AtaTask
{
    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument) => DriverTask<Driver, BlockMessages<Driver>>.Run();
}
