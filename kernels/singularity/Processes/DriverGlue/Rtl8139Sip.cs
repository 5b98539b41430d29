// The RTL8139 driver as a SIP: the (up to two) NICs the kernel found for its manifest's PCI
// claim, then DriverSip over the Net contract.
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;
using Driver = Testbed.Drivers.Rtl8139.Rtl8139Driver<Singularity.Processes.DriverGlue.SipDriverEnv>;

namespace Singularity.Processes.DriverGlue;

public static unsafe class Rtl8139Sip
{
    public const string Path = "/dev/net0";

    /// <summary>The network driver SIP's main. Argument 1: exit after one client.</summary>
    public static long Run(long argument) => DriverSip<Driver, NetChannel<Driver>>.Run(Path, argument, &Claim);

    private static bool Claim(ref Driver driver, out DriverConfig config)
    {
        ref SipDriverEnv env = ref driver.Env;
        config = default;
        IoPorts first = IoPorts.Granted(0), second = IoPorts.Granted(1);
        if (first == null) return false;
        env.Ports = first;
        env.Control = second;
        env.Plan = SipDriverEnv.InjectedFault(FaultTarget.Rtl8139);
        config.DeviceCount = second == null ? 1u : 2u;
        config.Device0 = new DeviceResources { IoBase = (ushort)first.Base, Irq = (byte)Sip.GrantedIrq(0) };
        if (second != null) config.Device1 = new DeviceResources { IoBase = (ushort)second.Base, Irq = (byte)Sip.GrantedIrq(1) };
        config.Faults = env.Plan;
        return true;
    }
}
