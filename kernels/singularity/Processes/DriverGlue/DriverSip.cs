// Any shared driver as a SIP service: it starts the driver with what its device claimed
// from the manifest (AtaSip, Rtl8139Sip), registers its path under its device class's
// contract and serves one client channel at a time (TChannel: DiskChannel, NetChannel).
// A SIP's own code sees only its device's Run.
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Hosting;
using Testbed.Drivers.Requests;

namespace Singularity.Processes.DriverGlue;

public sealed unsafe class DriverSip<TDriver, TChannel>
    where TDriver : struct, IDriver
    where TChannel : struct, IDriverChannel<TDriver>
{
    public TDriver Driver;

    /// <summary>Starts the driver with <paramref name="config"/>, then serves <paramref name="path"/>. Argument 1: exit after one client.</summary>
    public long Run(in DriverConfig config, string path, long argument)
    {
        DriverInfo info;
        Driver.Initialize(config, &info);
        if (info.Status != IoStatus.Ok)
        {
            Sip.Log(info.Status == IoStatus.NoDevice ? "start: no device" : info.Status == IoStatus.Timeout ? "start: timeout" : "start: device error");
            return 2;
        }
        ServiceListener listener = default(TChannel).Register(path);
        if (listener == null) return 3;
        while (true)
        {
            if (!default(TChannel).ServeClient(ref Driver, listener)) return 4;
            if (argument == 1) return 0;
        }
    }
}
