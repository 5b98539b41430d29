// A server's main loop (MINIX 3: each server's main() around sef_receive): receive from
// anyone, let the server fill in the reply, and send it (a server replies with send, never
// sendrec, so a client cannot keep it waiting) unless the server answers that there is none.
// RS's heartbeat pings are answered inside the receive (Sef).
using MinixStyle.Abi;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class ServerLoop
{
    private static MessageRoom s_request, s_reply;

    /// <summary>Serves for ever: <paramref name="serve"/>(request, reply) returns whether to send the reply.</summary>
    public static void Run(delegate*<Message*, Message*, bool> serve, int replyType)
    {
        Message* request = MessageRoom.Aligned(ref s_request);
        Message* reply = MessageRoom.Aligned(ref s_reply);
        for (;;)
        {
            if (Sef.Receive(Endpoint.Any, request) != IpcStatus.Ok) continue;
            int client = request->Source;       // the server may reuse the request as scratch
            *reply = default;
            reply->Type = replyType;
            if (serve(request, reply)) Ipc.Send(client, reply);
        }
    }
}
