// What every hosted driver offers its host, whatever the device class: the start call.
// Hosts are generic over the driver (`where TDriver : struct, IBlockDriver`), so the AOT
// compiler specialises each call into a direct call, as drivers are over IDriverEnv.
using Testbed.Drivers.Requests;

namespace Testbed.Drivers.Hosting;

public unsafe interface IDriver
{
    /// <summary>Starts the devices in <paramref name="config"/>; <paramref name="info"/> says how it went.</summary>
    void Initialize(in DriverConfig config, DriverInfo* info);

    /// <summary>Requests since the last Initialize (the fault plan counts them).</summary>
    uint RequestsHandled { get; }
}
