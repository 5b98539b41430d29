// The ATA disk driver image: the shared driver on direct ports, serving block requests.
using System.Runtime;
using NooksStyle.Abi;
using NooksStyle.Processes.DriverGlue;
using Testbed.Drivers.Requests;
using Driver = Testbed.Drivers.Ata.AtaDriver<Testbed.Drivers.Environment.DirectPortEnv<NooksStyle.Processes.DriverGlue.NooksDriverServices>>;

namespace NooksStyle.Processes.AtaDriver;

public static unsafe class AtaImage
{
    [RuntimeExport("tb_driver_main")]
    private static void Main(DriverExports* exports) => DriverImage<Driver, BlockRequest, BlockReply>.Export(exports);
}
