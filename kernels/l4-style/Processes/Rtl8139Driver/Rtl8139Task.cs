// The network driver task: the shared RTL8139 driver (both NICs) on direct ports, serving packet requests.
using System.Runtime;
using L4Style.Processes.DriverGlue;
using Driver = Testbed.Drivers.Rtl8139.Rtl8139Driver<Testbed.Drivers.Environment.DirectPortEnv<L4Style.Processes.DriverGlue.L4DriverServices>>;

namespace L4Style.Processes.Rtl8139Driver;

public static class Rtl8139Task
{
    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument) => DriverTask<Driver, PacketMessages<Driver>>.Run();
}
