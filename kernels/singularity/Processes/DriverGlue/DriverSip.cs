// Any shared driver as a SIP service: it starts the driver with what its device claimed
// from the manifest (AtaSip, Rtl8139Sip), registers its path under its device class's
// contract and serves one client channel at a time (TChannel: DiskChannel, NetChannel).
// A SIP's own code sees only its device's Run (AtaSip.Run, Rtl8139Sip.Run).
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Hosting;
using Testbed.Drivers.Requests;

namespace Singularity.Processes.DriverGlue;

public sealed unsafe class DriverSip<TDriver, TChannel>
    where TDriver : struct, IDriver
    where TChannel : struct, IDriverChannel<TDriver>
{
    private TDriver _driver;

    /// <summary>
    /// The driver SIP's main: <paramref name="claim"/> takes the device's resources from the
    /// manifest into the driver's environment and says how to start it; then the driver serves
    /// <paramref name="path"/>. Argument 1: exit after one client.
    /// </summary>
    public static long Run(string path, long argument, delegate*<ref TDriver, out DriverConfig, bool> claim)
    {
        var sip = new DriverSip<TDriver, TChannel>();
        if (!claim(ref sip._driver, out DriverConfig config))
        {
            Sip.Log("the manifest does not grant the device's resources");
            return 2;
        }
        return sip.Serve(config, path, argument);
    }

    private long Serve(in DriverConfig config, string path, long argument)
    {
        DriverInfo info;
        _driver.Initialize(config, &info);
        if (info.Status != IoStatus.Ok)
        {
            Sip.Log(info.Status == IoStatus.NoDevice ? "start: no device" : info.Status == IoStatus.Timeout ? "start: timeout" : "start: device error");
            return 2;
        }
        ServiceListener listener = default(TChannel).Register(path);
        if (listener == null) return 3;
        while (true)
        {
            if (!default(TChannel).ServeClient(ref _driver, listener)) return 4;
            if (argument == 1) return 0;
        }
    }
}
