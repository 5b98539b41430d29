// How the network server reaches the Ethernet driver: one sendrec per packet request, the
// frame named by grant 0 of the server's table, over its one frame buffer. It does for its
// clients what MINIX 3's inet does for its Ethernet driver (DSN 2007, section 5.3): when the
// driver dies under a request (DeadSource, or BadEndpoint once gone) or answers it wrongly (a
// length it was not asked for, or past the room: it complains to RS, which restarts the
// driver), it looks up the driver's new endpoint in DS, where RS publishes each new
// instance under "rtl8139", hands its grant to it and sends the request again, so the client
// never sees the failure. A frame the reset NIC dropped is the client's transport's to send
// again (a receive times out). Only if RS gives up or no instance appears does the request
// fail with DriverFailed.
using Testbed.Drivers.Faults;

namespace MinixStyle.Processes.NetServer;

public static unsafe class DriverLink
{
    private const int MaxResends = 8;

    private static MessageRoom s_room;
    private static Grant* s_grant;

    /// <summary>The driver's current endpoint (its boot endpoint until a restart).</summary>
    public static int Driver = Endpoint.Rtl8139Driver;
    /// <summary>Requests sent again to a restarted driver.</summary>
    public static ulong Resent;

    /// <summary>The grant over the server's frame buffer: it follows the driver to a new instance.</summary>
    public static void Bind(Grant* grant) => s_grant = grant;

    /// <summary>The driver's new endpoint: the server and its grant follow it.</summary>
    public static void Follow(int endpoint)
    {
        s_grant->Grantee = endpoint;
        Driver = endpoint;
    }

    /// <summary>
    /// The recovery measurement (docs/recovery.md), as the block client's: RS restarts the
    /// driver with a null dereference planned at its first request, so the client's next
    /// request faults it; RS restarts it again and this link resends.
    /// </summary>
    public static ulong ArmRecovery()
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        *m = default;
        m->Type = RsRequest.ArmFault;
        m->A1 = (ulong)(long)Driver;
        m->A2 = ServerFaultArgument.Pack(new FaultPlan { Target = FaultTarget.Rtl8139, Kind = InjectedFault.NullDeref, AtRequest = 1 });
        if (Ipc.SendRec(Endpoint.Rs, m) != IpcStatus.Ok) return unchecked((ulong)IpcStatus.DeadSource);
        if (m->A3 == 0) Follow((int)(long)m->A1);
        return m->A3;
    }

    /// <summary>Forwards a request of <paramref name="type"/>; the reply's length in <paramref name="moved"/>.</summary>
    public static int Request(int type, ulong device, uint length, ulong timeoutTicks, out uint moved)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        moved = 0;
        for (int attempt = 0; ; attempt++)
        {
            *m = default;
            m->Type = type;
            m->A1 = device;
            m->A2 = length;
            m->A3 = 0;
            m->A4 = timeoutTicks;
            int dead = Driver;
            if (Ipc.SendRec(dead, m) == IpcStatus.Ok)
            {
                int status = (int)(long)m->A1;
                ulong got = m->A2;
                bool right = type == PacketDriverRequest.Send ? got == length : got <= length;
                if (status != IoStatus.Ok || right)
                {
                    moved = status == IoStatus.Ok ? (uint)got : 0;
                    return status;
                }
                Sys.Request(Endpoint.Rs, RsRequest.Complain, (ulong)(long)dead);
            }
            if (attempt == MaxResends || !NewInstance(dead)) return IoStatus.DriverFailed;
            Resent++;
        }
    }

    // The driver's next instance from DS (key "rtl8139"); the grants follow it.
    private static bool NewInstance(int dead)
    {
        if (!DriverLookup.NewInstance(DsKey.Of("rtl8139"), dead, DriverLookup.Ticks, out int endpoint)) return false;
        Follow(endpoint);
        return true;
    }
}
