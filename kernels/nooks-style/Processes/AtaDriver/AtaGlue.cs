// Glue only: the shared ATA driver behind the nooks-style driver exports.
using System.Runtime;
using NooksStyle.Abi;
using NooksStyle.Processes.DriverGlue;
using Testbed.Drivers.Ata;
using Testbed.Drivers.Requests;

namespace NooksStyle.Processes.AtaDriver;

public static unsafe class AtaGlue
{
    private static AtaDriver<NooksDriverEnv> s_driver;

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

    private static void Request(void* request, void* reply) => s_driver.Handle((BlockRequest*)request, (BlockReply*)reply);
}
