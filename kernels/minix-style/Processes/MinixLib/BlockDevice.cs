// How a client of the ATA driver process (FS, the raw block client) sends it block requests:
// one sendrec per request, the buffer named by a grant in the client's table (Grants). It does what MINIX 3's FS does for its disk
// driver (DSN 2007, section 5.2): when the driver dies under a request (DeadSource, or
// BadEndpoint once gone) or answers it wrongly (a length it did not ask for: it complains to
// RS, which restarts the driver), it looks up the driver's new endpoint in DS, where RS
// publishes each new instance, hands its grants to it and sends the request again, so the
// workload above never sees the failure. Only if RS gives up (it publishes no endpoint) or no
// new instance appears does the request fail with DriverFailed.

namespace MinixStyle.Processes.MinixLib;

public static unsafe class BlockDevice
{
    private const int MaxResubmissions = 8;

    private static MessageRoom s_room;
    private static Grant* s_table;
    private static int s_entries;

    /// <summary>The driver's current endpoint (its boot endpoint until a restart).</summary>
    public static int Driver = Endpoint.AtaDriver;
    /// <summary>The kernel status of the last sendrec that failed (0 if none did), and of the driver's last copy.</summary>
    public static long LastIpcFailure, LastCopyStatus;
    /// <summary>Requests sent again to a restarted driver.</summary>
    public static ulong Resubmissions;
    /// <summary>The counter when the first request after a failure succeeded (0: no failure yet).</summary>
    public static ulong FirstSuccessAfterFailure;
    /// <summary>That moment with the halted counter read right after it (nothing halts between: this process runs).</summary>
    public static Testbed.Guest.Measure.RecoveryStamp Recovered;
    private static bool s_failed;

    /// <summary>The driver is about to fail on purpose (RecoveryBench): stamp the first success after it.</summary>
    public static void ExpectFailure()
    {
        s_failed = false;
        FirstSuccessAfterFailure = 0;
        Recovered = default;
    }

    /// <summary>The driver's new endpoint, told by RS: the client and its grants follow it.</summary>
    public static void Follow(int endpoint)
    {
        for (int i = 0; i < s_entries; i++)
            if (s_table[i].Grantee == Driver) s_table[i].Grantee = endpoint;
        Driver = endpoint;
    }

    /// <summary>The grant table whose entries name the driver (they follow it to a new instance).</summary>
    public static void Bind(Grant* table, int entries)
    {
        s_table = table;
        s_entries = entries;
    }

    /// <summary>A request through grant <paramref name="grant"/> (the workloads' buffer must be the one grant 0 covers).</summary>
    public static int Request(int type, ulong lba, uint sectors, ulong grant)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        for (int attempt = 0; ; attempt++)
        {
            *m = default;
            m->Type = type;
            m->A1 = lba;
            m->A2 = sectors;
            m->A3 = grant;
            int dead = Driver;
            long ipc = Ipc.SendRec(dead, m);
            if (ipc == IpcStatus.Ok)
            {
                LastCopyStatus = (long)m->A3;
                int status = (int)(long)m->A1;
                if (m->A2 == sectors || status != IoStatus.Ok)
                {
                    if (s_failed && FirstSuccessAfterFailure == 0) Stamp();
                    return status;
                }
                Sys.Request(Endpoint.Rs, RsRequest.Complain, (ulong)(long)dead);   // a length it was not asked for
            }
            else LastIpcFailure = ipc;
            s_failed = true;
            if (attempt == MaxResubmissions || !NewInstance(dead)) return IoStatus.DriverFailed;
            Resubmissions++;
        }
    }

    private static void Stamp()
    {
        FirstSuccessAfterFailure = Testbed.Guest.Measure.Tsc.Read();
        Sys.Call(KernelCallNumber.GetInfo, KernelCallNumber.GetInfoHaltedTsc, 0, 0, 0, out ulong halted);
        Recovered = new Testbed.Guest.Measure.RecoveryStamp(FirstSuccessAfterFailure, halted);
    }

    // The driver's next instance from DS (key "ata"); the grants follow it.
    private static bool NewInstance(int dead)
    {
        if (!DriverLookup.NewInstance(DsKey.Of("ata"), dead, DriverLookup.Ticks, out int endpoint)) return false;
        Follow(endpoint);
        return true;
    }

}
