// The network driver as a SIP service: the shared RTL8139 driver (common/drivers) on the
// SIP driver environment, for the (up to two) NICs the kernel found for its manifest's
// PCI claim. Frames travel in exchange heap blocks.
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;
using Testbed.Drivers.Rtl8139;

namespace Singularity.Processes.DriverGlue;

public sealed unsafe class NetService
{
    private Rtl8139Driver<SipDriverEnv> _driver;

    /// <summary>Starts the granted NICs; null if there are none.</summary>
    public static NetService Start()
    {
        var service = new NetService();
        IoPorts first = IoPorts.Granted(0), second = IoPorts.Granted(1);
        if (first == null) return null;
        service._driver.Env.Ports = first;
        service._driver.Env.Control = second;
        service._driver.Env.Plan = new FaultPlan
        {
            Target = FaultTarget.Rtl8139,
            Kind = (InjectedFault)Sip.InjectedFaultKind,
            AtRequest = (uint)Sip.InjectedFaultAt,
            WildWriteTarget = SipDriverEnv.WildWriteTarget,
        };
        var config = new DriverConfig
        {
            DeviceCount = second == null ? 1u : 2u,
            Device0 = new DeviceResources { IoBase = (ushort)first.Base, Irq = (byte)Sip.GrantedIrq(0) },
            Device1 = second == null ? default : new DeviceResources { IoBase = (ushort)second.Base, Irq = (byte)Sip.GrantedIrq(1) },
            Faults = service._driver.Env.Plan,
        };
        DriverInfo info;
        service._driver.Initialize(config, &info);
        return info.Status == IoStatus.Ok ? service : null;
    }

    public int Send(int device, int length, ExBlock frame)
    {
        if (frame.IsNone || length < (int)PacketRequest.MinFrame || length > (int)PacketRequest.MaxFrame || frame.Length < length) return IoStatus.Invalid;
        var request = new PacketRequest { Operation = PacketOperation.Send, Device = (uint)device, Length = (uint)length, Data = frame.Payload(length) };
        PacketReply reply;
        _driver.Handle(&request, &reply);
        return reply.Status;
    }

    public int Receive(int device, int timeoutTicks, ExBlock frame, out int length)
    {
        length = 0;
        if (frame.IsNone || frame.Length < (int)PacketRequest.MaxFrame) return IoStatus.Invalid;
        var request = new PacketRequest
        {
            Operation = PacketOperation.Receive, Device = (uint)device, Length = PacketRequest.MaxFrame,
            TimeoutTicks = (uint)timeoutTicks, Data = frame.Payload((int)PacketRequest.MaxFrame),
        };
        PacketReply reply;
        _driver.Handle(&request, &reply);
        length = (int)reply.Length;
        return reply.Status;
    }
}
