// A device class's channel contract on the driver's side: registering the service, and
// serving one client's channel until it closes. A struct, so DriverSip's calls are direct.
using Singularity.Processes.SipLibrary;

namespace Singularity.Processes.DriverGlue;

public interface IDriverChannel<TDriver>
{
    ServiceListener Register(string path);

    /// <summary>Accepts the next client and serves it until it closes; false if no client could be accepted.</summary>
    bool ServeClient(ref TDriver driver, ServiceListener listener);
}
