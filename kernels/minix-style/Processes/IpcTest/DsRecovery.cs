// A client that must not notice DS dying (MINIX 3: a server's clients resubmit a request that
// failed because the server was restarted, as FS does for a driver; DSN 2007, section 5):
// Pairs publishes of a key with its read-back; when DS dies under a request (DeadSource) or
// is not yet back (BadEndpoint), or came back without the value (the new instance starts
// empty: NotFound), it waits a tick and does the pair again. Run first, so that a fault
// planned at DS's n-th request (fault=ds:<kind>@<n>) lands in it. The check holds if every
// pair came back right; its value is the number of resubmissions.

namespace MinixStyle.Processes.IpcTest;

public static unsafe class DsRecovery
{
    private const int Pairs = 8, AttemptsPerPair = 8;

    public static void Run(Message* m)
    {
        ulong resubmitted = 0;
        int done = 0;
        for (int i = 0; i < Pairs; i++)
        {
            ulong key = DsKey.Of("rec.") | (ulong)('0' + i) << 32;
            ulong value = 1000 + (ulong)i;
            for (int attempt = 0; attempt < AttemptsPerPair; attempt++)
            {
                if (Pair(m, key, value))
                {
                    done++;
                    break;
                }
                resubmitted++;
                WaitOneTick(m);
            }
        }
        Diag.Check(CheckId.DsRecoveryWorkload, done == Pairs, resubmitted);
    }

    private static bool Pair(Message* m, ulong key, ulong value)
    {
        if (DsCall.Request(m, DsRequest.Publish, key, value) != DsStatus.Ok) return false;
        return DsCall.Request(m, DsRequest.Retrieve, key, 0) == DsStatus.Ok && m->A2 == value;
    }

    private static void WaitOneTick(Message* m)
    {
        Sys.Call(KernelCallNumber.SetAlarm, 1, 0, 0, 0, out _);
        Ipc.Receive(Endpoint.Clock, m);
    }
}
