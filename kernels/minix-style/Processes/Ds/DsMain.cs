// DS in the servers' loop (ServerLoop); a publish notifies every subscriber of the key (MINIX 3: servers/ds/store.c, do_publish and its check_snapshot).

namespace MinixStyle.Processes.Ds;

public static unsafe class DsMain
{
    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        ServerFault.Arm(argument, Testbed.Drivers.Faults.FaultTarget.Ds);      // fault=ds:<kind>@<n>: committed at the n-th request
        ServerLoop.Run(&Serve, DsRequest.Reply);
        return 0;
    }

    // DS ignores notifications; every request gets a reply with its status in A3.
    private static bool Serve(Message* request, Message* reply)
    {
        if (request->Type == Notification.Type) return false;
        ServerFault.AtRequest();
        reply->A3 = Serve(request->Source, request, reply);
        return true;
    }

    private static ulong Serve(int client, Message* request, Message* reply)
    {
        ulong key = request->A1;
        switch (request->Type)
        {
            case DsRequest.Publish: return Publish(client, key, request->A2);
            case DsRequest.Retrieve:
                int entry = DsTables.Find(key);
                if (entry < 0) return DsStatus.NotFound;
                reply->A2 = DsTables.Values[entry];
                return DsStatus.Ok;
            case DsRequest.Subscribe:
                if (DsTables.SubscriptionCount == DsTables.Subscriptions) return DsStatus.Full;
                DsTables.Subscribers[DsTables.SubscriptionCount] = client;
                DsTables.Followed[DsTables.SubscriptionCount] = key;
                DsTables.SubscriptionCount++;
                return DsStatus.Ok;
            case DsRequest.Check: return Check(client, reply);
        }
        return DsStatus.NotFound;
    }

    private static ulong Publish(int client, ulong key, ulong value)
    {
        int entry = DsTables.Find(key);
        if (entry >= 0 && DsTables.Owners[entry] != client) return DsStatus.NotOwner;
        if (entry < 0)
        {
            if (DsTables.EntryCount == DsTables.Entries) return DsStatus.Full;
            entry = DsTables.EntryCount++;
            DsTables.Keys[entry] = key;
            DsTables.Owners[entry] = client;
        }
        DsTables.Values[entry] = value;
        for (int s = 0; s < DsTables.SubscriptionCount; s++)
        {
            if (DsTables.Followed[s] != key) continue;
            DsTables.Changed[s] = true;
            Ipc.Notify(DsTables.Subscribers[s]);
        }
        return DsStatus.Ok;
    }

    // The first changed key the client follows, with its value; the change is then taken.
    private static ulong Check(int client, Message* reply)
    {
        for (int s = 0; s < DsTables.SubscriptionCount; s++)
        {
            if (DsTables.Subscribers[s] != client || !DsTables.Changed[s]) continue;
            DsTables.Changed[s] = false;
            int entry = DsTables.Find(DsTables.Followed[s]);
            reply->A1 = DsTables.Followed[s];
            reply->A2 = entry < 0 ? 0 : DsTables.Values[entry];
            return DsStatus.Ok;
        }
        return DsStatus.NotFound;
    }
}
