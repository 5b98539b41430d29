// What RS does with a failed service, by its system.conf policy (DSN 2009, section 3.3: the
// policy is per service): restart at once; restart after a delay that doubles with each
// consecutive failure; or give up at the K-th failure within T ticks (system.conf gives the
// shared drivers' rule, common/drivers/Faults/RestartBudget.cs: three restarts in a window,
// the fourth failure is a lost driver). A service without a policy stays dead.
namespace MinixStyle.Processes.Rs;

public static unsafe class RestartPolicy
{
    private const byte None = 0, Restart = 1, Backoff = 2, GiveUpAfter = 3;
    private const int MaxBackoffShift = 10;

    public enum Decision { RestartNow, RestartLater, GiveUp, StayDead }

    public static Decision Decide(Service* s, ulong now)
    {
        s->FailedAt[s->Failures % Service.FailureHistory] = now;
        s->Failures++;
        s->Consecutive++;
        switch (s->RestartKind)
        {
            case Restart:
                return Decision.RestartNow;
            case Backoff:
                int shift = (int)s->Consecutive < MaxBackoffShift ? (int)s->Consecutive : MaxBackoffShift;
                s->RestartAt = now + (1UL << shift);
                return Decision.RestartLater;
            case GiveUpAfter:
                return FailuresWithin(s, now) >= s->GiveUpFailures ? Decision.GiveUp : Decision.RestartNow;
            default:
                return Decision.StayDead;
        }
    }

    /// <summary>How many of the remembered failures lie within the service's window before <paramref name="now"/>.</summary>
    public static uint FailuresWithin(Service* s, ulong now)
    {
        uint n = 0;
        int remembered = s->Failures < Service.FailureHistory ? s->Failures : Service.FailureHistory;
        for (int i = 0; i < remembered; i++)
            if (now - s->FailedAt[i] < s->GiveUpWindow) n++;
        return n;
    }
}
