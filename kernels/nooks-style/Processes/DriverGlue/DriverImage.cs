// Any shared driver as a nooks-style driver image: the image's entry fills the export
// table that the kernel calls through its wrappers (Nooks §4.1). Start is the
// configuration call a shadow driver logs and replays; Request is one request of the
// driver's class (BlockRequest, PacketRequest), passed through as the kernel sent it.
// Each image links its own copy, so a reload from the boot module starts from a zeroed driver.
using NooksStyle.Abi;
using Testbed.Drivers.Hosting;
using Testbed.Drivers.Requests;

namespace NooksStyle.Processes.DriverGlue;

public static unsafe class DriverImage<TDriver, TRequest, TReply>
    where TDriver : struct, IRequestDriver<TRequest, TReply>
    where TRequest : unmanaged
    where TReply : unmanaged
{
    private static TDriver s_driver;

    /// <summary>The image's tb_driver_main: what the kernel may call.</summary>
    public static void Export(DriverExports* exports)
    {
        exports->Start = &Start;
        exports->Request = &Request;
    }

    private static void Start(DriverConfig* config, DriverInfo* info)
    {
        DriverRuntime.Plan = config->Faults;
        s_driver.Initialize(*config, info);
    }

    private static void Request(void* request, void* reply) => s_driver.Handle((TRequest*)request, (TReply*)reply);
}
