// One request to DS from a message room of the caller's: its DsStatus, or ulong.MaxValue if
// the sendrec itself failed (DS dead or not yet back) or the answer is not DS's reply.

namespace MinixStyle.Processes.IpcTest;

public static unsafe class DsCall
{
    public static ulong Request(Message* m, int type, ulong a1, ulong a2)
    {
        *m = default;
        m->Type = type;
        m->A1 = a1;
        m->A2 = a2;
        long status = Ipc.SendRec(Endpoint.Ds, m);
        return status == IpcStatus.Ok && m->Type == DsRequest.Reply ? m->A3 : ulong.MaxValue;
    }
}
