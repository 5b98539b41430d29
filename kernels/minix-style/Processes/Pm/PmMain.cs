// PM, the process manager (MINIX 3: servers/pm/main.c), in the servers' loop (ServerLoop):
// the process calls (fork, exec of a boot image, wait, kill, pause; exit), and the requests that
// drive ipc-test's IPC checks. The kernel tells
// it of every process that ended (a notification from SYSTEM); PM passes each on to RS, the
// parent of every service (Deaths).

namespace MinixStyle.Processes.Pm;

public static unsafe class PmMain
{
    private static ulong s_pings;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        ServerLoop.Run(&Serve, PmRequest.Reply);
        return 0;
    }

    private static bool Serve(Message* request, Message* reply)
    {
        int client = request->Source;
        switch (request->Type)
        {
            case PmRequest.GetPid:
                reply->A1 = (ulong)(long)client;
                reply->A2 = s_pings;
                return true;
            case PmRequest.Exit:
                EndProcess(reply, client, (long)request->A1);
                return false;
            case PmRequest.Null:
                return true;
            case PmRequest.NotifyThenReply:
                Ipc.Notify(client);
                Ipc.Notify(client);
                return true;
            case PmRequest.SendBack:
                // The client is (or soon is) blocked sending to PM: this send closes the cycle.
                reply->A3 = (ulong)Ipc.Send(client, reply);
                return false;
            case PmRequest.Ping:
                s_pings++;
                return false;
            case PmRequest.PublishShared:
                reply->A3 = PublishShared(request);
                return true;
            case PmRequest.NextDeath:
                if (client != Endpoint.Rs) break;
                reply->A3 = Deaths.Next(out reply->A1, out reply->A2) ? 0UL : 1UL;
                return true;
            case Notification.Type when client == Endpoint.System:
                if (Deaths.Collect(request)) Ipc.Notify(Endpoint.Rs);
                return false;
            case Notification.Type:
                // A notification is answered by one: the notify round trip's other half.
                Ipc.Notify(client);
                return false;
        }
        // The process calls: outside the switch above, whose cases the benchmarks' requests take.
        int process = ProcessRequests.Serve(request, reply, client);
        if (process != ProcessRequests.NotOne) return process == ProcessRequests.SendReply;
        reply->A3 = unchecked((ulong)IpcStatus.BadCall);
        return true;
    }

    // A sendrec to DS from inside a request: PM is a client of DS like any other server.
    private static ulong PublishShared(Message* m)
    {
        *m = default;
        m->Type = DsRequest.Publish;
        m->A1 = DsKey.Of("shared");
        m->A2 = 2;
        long status = Ipc.SendRec(Endpoint.Ds, m);
        return status == IpcStatus.Ok ? m->A3 : unchecked((ulong)status);
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
