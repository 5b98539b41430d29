// A network device driver (Rtl8139Driver): frames sent and received in the shape of
// PacketRequest, so a personality hosts any NIC with one generic host.
using Testbed.Drivers.Requests;

namespace Testbed.Drivers.Hosting;

public interface IPacketDriver : IRequestDriver<PacketRequest, PacketReply>
{
}
