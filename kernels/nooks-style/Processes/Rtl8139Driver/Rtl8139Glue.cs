// Glue only: the shared RTL8139 driver behind the nooks-style driver exports.
using System.Runtime;
using NooksStyle.Abi;
using NooksStyle.Processes.DriverGlue;
using Testbed.Drivers.Requests;
using Testbed.Drivers.Rtl8139;

namespace NooksStyle.Processes.Rtl8139Driver;

public static unsafe class Rtl8139Glue
{
    private static Rtl8139Driver<NooksDriverEnv> s_driver;

    [RuntimeExport("tb_driver_main")]
    private static void Main(DriverExports* exports)
    {
        exports->Start = &Start;
        exports->Request = &Request;
    }

    private static void Start(DriverConfig* config, DriverInfo* info)
    {
        DriverRuntime.Plan = config->Faults;
        s_driver.Initialize(*config, info);
    }

    private static void Request(void* request, void* reply) => s_driver.Handle((PacketRequest*)request, (PacketReply*)reply);
}
