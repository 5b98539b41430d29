// A server's main loop (MINIX 3: each server's main() around sef_receive): receive from
// anyone, let the server fill in the reply, and send it unless the server answers that
// there is none. A server replies with send, never sendrec, so a client cannot keep it
// waiting; reply and next receive are one trap (replyreceive, the kernel's fast path: the
// README's IPC section), from the request's room, which the next request then fills. RS's
// heartbeat pings are answered after every receive (Sef).

namespace MinixStyle.Processes.MinixLib;

public static unsafe class ServerLoop
{
    private static MessageRoom s_request, s_reply;

    /// <summary>Serves for ever: <paramref name="serve"/>(request, reply) returns whether to send the reply.</summary>
    public static void Run(delegate*<Message*, Message*, bool> serve, int replyType)
    {
        Message* request = MessageRoom.Aligned(ref s_request);
        Message* reply = MessageRoom.Aligned(ref s_reply);
        long status = Sef.Receive(Endpoint.Any, request);
        for (;;)
        {
            if (status != IpcStatus.Ok)
            {
                status = Sef.Receive(Endpoint.Any, request);
                continue;
            }
            int client = request->Source;       // the server may reuse the request as scratch
            *reply = default;
            reply->Type = replyType;
            if (!serve(request, reply))
            {
                status = Sef.Receive(Endpoint.Any, request);
                continue;
            }
            *request = *reply;
            status = Sef.Answered(Ipc.ReplyReceive(client, request), Endpoint.Any, request);
        }
    }
}
