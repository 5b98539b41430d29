// The receive every server and driver loops on (MINIX 3: the System Event Framework's
// sef_receive, lib/libsys/sef.c): RS's heartbeat pings are answered here, inside the library,
// so that a service that is alive and returns to its loop answers without knowing of them, and
// one that hangs in a request does not (DSN 2007, section 4.2).
using System.Runtime.CompilerServices;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class Sef
{
    public static long Receive(int from, Message* m) => Answered(Ipc.Receive(from, m), from, m);

    /// <summary>For a loop that receives by itself (a driver waiting for its device): true if <paramref name="m"/> was RS's ping, now answered.</summary>
    public static bool AnswerPing(Message* m)
    {
        if (m->Type != Notification.Type || m->Source != Endpoint.Rs) return false;
        Ipc.Notify(Endpoint.Rs);
        return true;
    }

    /// <summary>A receive's outcome (of receive or replyreceive) with RS's pings answered: each is answered and the receive made again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Answered(long status, int from, Message* m)
    {
        while (status == IpcStatus.Ok && m->Type == Notification.Type && m->Source == Endpoint.Rs)
        {
            Ipc.Notify(Endpoint.Rs);
            status = Ipc.Receive(from, m);
        }
        return status;
    }
}
