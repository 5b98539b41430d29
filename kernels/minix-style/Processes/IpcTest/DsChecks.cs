// The data store seen from a client: a published value comes back; a subscriber is
// notified when its key is published; a key another process owns cannot be published over.

namespace MinixStyle.Processes.IpcTest;

public static unsafe class DsChecks
{
    public static void Run(Message* m)
    {
        ulong own = DsKey.Of("ipc-test"), followed = DsKey.Of("drv.test");

        ulong published = DsCall.Request(m, DsRequest.Publish, own, 42);
        ulong retrieved = DsCall.Request(m, DsRequest.Retrieve, own, 0);
        Diag.Check(CheckId.DsPublishRetrieve, published == DsStatus.Ok && retrieved == DsStatus.Ok && m->A2 == 42, m->A2);

        // Publishing a key we follow: DS notifies us while we wait for its reply, so the
        // notification is pending until we receive from DS; Check then names the key.
        DsCall.Request(m, DsRequest.Subscribe, followed, 0);
        DsCall.Request(m, DsRequest.Publish, followed, 7);
        long noted = Ipc.Receive(Endpoint.Ds, m);
        bool notification = noted == IpcStatus.Ok && m->Type == Notification.Type && m->Source == Endpoint.Ds;
        ulong checkedStatus = DsCall.Request(m, DsRequest.Check, 0, 0);
        Diag.Check(CheckId.DsSubscriberNotified, notification && checkedStatus == DsStatus.Ok && m->A1 == followed && m->A2 == 7, m->A2);

        // Claim the key "shared", then ask PM to publish over it: DS must refuse PM, and
        // PM passes DS's status back in its reply.
        DsCall.Request(m, DsRequest.Publish, DsKey.Of("shared"), 1);
        *m = default;
        m->Type = PmRequest.PublishShared;
        Ipc.SendRec(Endpoint.Pm, m);
        Diag.Check(CheckId.DsForeignKeyRefused, m->A3 == DsStatus.NotOwner, m->A3);
    }
}
