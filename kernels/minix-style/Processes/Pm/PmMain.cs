// PM's main loop: receive from anyone, serve, reply with send (MINIX 3: servers/pm/main.c;
// a server replies with send, never sendrec, so a client can never block it for long).
using System.Runtime;
using MinixStyle.Abi;
using MinixStyle.Processes.MinixLib;

namespace MinixStyle.Processes.Pm;

public static unsafe class PmMain
{
    private static MessageRoom s_request, s_reply;
    private static ulong s_pings;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        Message* request = MessageRoom.Aligned(ref s_request);
        Message* reply = MessageRoom.Aligned(ref s_reply);
        for (;;)
        {
            if (Ipc.Receive(Endpoint.Any, request) != IpcStatus.Ok) continue;
            int client = request->Source;
            *reply = default;
            reply->Type = PmRequest.Reply;
            switch (request->Type)
            {
                case PmRequest.GetPid:
                    reply->A1 = (ulong)(long)client;
                    reply->A2 = s_pings;
                    break;
                case PmRequest.Exit:
                    EndProcess(reply, client, (long)request->A1);
                    continue;
                case PmRequest.Null:
                    break;
                case PmRequest.NotifyThenReply:
                    Ipc.Notify(client);
                    Ipc.Notify(client);
                    break;
                case PmRequest.SendBack:
                    // The client is (or soon is) blocked sending to PM: this send closes the cycle.
                    reply->A3 = (ulong)Ipc.Send(client, reply);
                    continue;
                case PmRequest.Ping:
                    s_pings++;
                    continue;
                case Notification.Type:
                    // A notification is answered by one: the notify round trip's other half.
                    Ipc.Notify(client);
                    continue;
                default:
                    reply->A3 = unchecked((ulong)IpcStatus.BadCall);
                    break;
            }
            Ipc.Send(client, reply);
        }
    }

    private static void EndProcess(Message* m, int client, long code)
    {
        *m = default;
        m->Type = KernelCallNumber.Exit;
        m->A1 = (ulong)code;
        m->A2 = (ulong)(long)client;
        Ipc.KernelCall(m);
    }
}
