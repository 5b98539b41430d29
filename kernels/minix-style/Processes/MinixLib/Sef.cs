// The receive every server and driver loops on (MINIX 3: the System Event Framework's
// sef_receive, lib/libsys/sef.c): RS's heartbeat pings are answered here, inside the library,
// so that a service that is alive and returns to its loop answers without knowing of them, and
// one that hangs in a request does not (DSN 2007, section 4.2).
using MinixStyle.Abi;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class Sef
{
    public static long Receive(int from, Message* m)
    {
        for (;;)
        {
            long status = Ipc.Receive(from, m);
            if (status != IpcStatus.Ok || m->Type != Notification.Type || m->Source != Endpoint.Rs) return status;
            Ipc.Notify(Endpoint.Rs);
        }
    }
}
