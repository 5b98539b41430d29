// The RTL8139 network driver image: the shared driver on direct ports, serving packet requests.
using System.Runtime;
using NooksStyle.Abi;
using NooksStyle.Processes.DriverGlue;
using Testbed.Drivers.Requests;
using Driver = Testbed.Drivers.Rtl8139.Rtl8139Driver<Testbed.Drivers.Environment.DirectPortEnv<NooksStyle.Processes.DriverGlue.NooksDriverServices>>;

namespace NooksStyle.Processes.Rtl8139Driver;

public static unsafe class Rtl8139Image
{
    [RuntimeExport("tb_driver_main")]
    private static void Main(DriverExports* exports) => DriverImage<Driver, PacketRequest, PacketReply>.Export(exports);
}
