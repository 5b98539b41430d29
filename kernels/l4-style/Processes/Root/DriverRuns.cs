// The driver workloads: start both drivers under the manager, run disk-integrity and
// net-echo as client tasks (or the driver benchmarks), and supervise until the clients are
// done: heartbeats, faults and exits of drivers lead to restarts; clients' requests to
// connect are answered; their final counts become checks (as in nooks-style).
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Faults;
using Testbed.Guest.Measure;

namespace L4Style.Processes.Root;

public static class DriverRuns
{
    private const int ClientPriority = 80;

    private struct Client
    {
        public Peer Task;
        public bool Done;
        public ulong ExitCode;
        public bool FinalSeen;
        public ulong FinalDone, Errors, Corrupted, Retries;
    }

    private static Client[] s_clients = new Client[2];
    private static int s_clientCount;

    public static bool Enabled => KernelCommandLine.Words.Has("drivers") || KernelCommandLine.Words.Has("workload") || KernelCommandLine.Words.Has("fault");

    public static bool StartDrivers()
    {
        DriverManager.Prepare();
        bool disk = DriverManager.Start(DriverManager.Disk);
        Kdb.Check("driver.ata.started", disk, "status", (ulong)DriverManager.Disk.Status);
        bool net = DriverManager.Net.DeviceCount > 0 && DriverManager.Start(DriverManager.Net);
        Kdb.Check("driver.rtl8139.started", net, "devices", DriverManager.Net.DeviceCount);
        return disk && net;
    }

    public static void RunWorkloads()
    {
        bool disk = !KernelCommandLine.Words.ValueIs("workload", "net");
        bool net = !KernelCommandLine.Words.ValueIs("workload", "disk");
        ulong blocks = Clamp(KernelCommandLine.Words.Number("blocks", 16), 1, 1024);
        ulong rounds = Clamp(KernelCommandLine.Words.Number("rounds", 2), 1, 255);
        ulong frames = Clamp(KernelCommandLine.Words.Number("frames", 64), 1, 100_000);
        s_clientCount = 0;
        int diskClient = -1, netClient = -1;
        if (disk) diskClient = StartClient(WorkloadMode.Disk | (blocks | rounds << 16) << 8);
        if (net) netClient = StartClient(WorkloadMode.Net | frames << 8);
        Supervise();
        if (disk)
        {
            Client c = s_clients[diskClient];
            Kdb.Check("disk-integrity.completed", c.ExitCode == 0 && c.FinalSeen && c.FinalDone == 2 * blocks * rounds, "done", c.FinalDone);
            Kdb.Check("disk-integrity.no-errors", c.FinalSeen && c.Errors == 0, "errors", c.Errors);
            Kdb.Check("disk-integrity.no-corruption", c.FinalSeen && c.Corrupted == 0, "corrupted", c.Corrupted);
            CheckRecovery(DriverManager.Disk, "recovery.ata.restarted");
        }
        if (net)
        {
            Client c = s_clients[netClient];
            Kdb.Check("net-echo.completed", c.ExitCode == 0 && c.FinalSeen && c.FinalDone == frames, "done", c.FinalDone);
            Kdb.Check("net-echo.no-errors", c.FinalSeen && c.Errors == 0, "errors", c.Errors);
            Kdb.Check("net-echo.no-corruption", c.FinalSeen && c.Corrupted == 0, "corrupted", c.Corrupted);
            CheckRecovery(DriverManager.Net, "recovery.rtl8139.restarted");
        }
    }

    /// <summary>The driver benchmarks in a client task, as nooks-style measures them.</summary>
    public static void RunBenchmarks(ulong iterations)
    {
        s_clientCount = 0;
        int bench = StartClient(WorkloadMode.Bench | iterations << 8);
        Supervise();
        Kdb.Check("bench.drivers.ran", s_clients[bench].ExitCode == 0, "failures", s_clients[bench].ExitCode);
        MeasureRecovery(DriverManager.Disk, WorkloadMode.DiskRecovery | (2UL | 1UL << 16) << 8, RecoveryRowNames.Ata, "recovery.ata.measured", "recovery.ata.parts-sum");
        MeasureRecovery(DriverManager.Net, WorkloadMode.NetRecovery | 8UL << 8, RecoveryRowNames.Rtl8139, "recovery.rtl8139.measured", "recovery.rtl8139.parts-sum");
    }

    // What the total and each part measure, in the order of ManagedDriver's stamps (RecoveryRowNames).
    private static readonly string[] RecoveryPartWhat =
    {
        Testbed.Guest.Measure.RecoveryTime.Definition,
        "part of recovery: fault entry -> the manager acts on the fault message (kernel fault path, IPC to the pager); halted time subtracted",
        "part of recovery: -> the old driver task destroyed (address space, threads, rights revoked); halted time subtracted",
        "part of recovery: -> the new driver task loaded from its boot module, ports and IRQ granted, started; halted time subtracted",
        "part of recovery: -> the driver's init and configuration handshake until it is ready and the client's right is back; halted time subtracted",
        "part of recovery: -> the client reconnects, re-issues the request and holds its reply; halted time subtracted",
    };

    // A fresh driver with a null-deref armed at its first request; a small workload's first
    // request triggers it; the client reports when it held its first successful reply, and
    // the recovery (docs/recovery.md) and its parts are reported as benches.
    private static void MeasureRecovery(ManagedDriver driver, ulong workload, string[] names, string checkName, string sumCheckName)
    {
        ulong restarts = driver.Restarts;
        Peers.Destroy(driver.Task);
        var target = driver.Kind == DriverKind.Disk ? FaultTarget.Ata : FaultTarget.Rtl8139;
        DriverManager.Arm(driver, new FaultPlan { Target = target, Kind = InjectedFault.NullDeref, AtRequest = 1 });
        driver.Generation = 0;                         // so that the plan is handed over again
        DriverManager.Start(driver);
        driver.Fault = driver.Reply = default;
        s_clientCount = 0;
        int client = StartClient(workload);
        Supervise();
        bool recovered = driver.Restarts == restarts + 1 && s_clients[client].ExitCode == 0 && driver.Reply.IsSet;
        RecoveryStamp[] points = { driver.Fault, driver.Detected, driver.TornDown, driver.Reloaded, driver.Reinitialised, driver.Reply };
        ulong total = RecoveryTime.Between(points[0], points[5]);
        ulong sum = 0;
        var values = new ulong[6];
        values[0] = total;
        for (int p = 1; p < 6; p++)
        {
            values[p] = RecoveryTime.Between(points[p - 1], points[p]);
            sum += values[p];
        }
        for (int b = 0; b < 6; b++)
        {
            ulong[] sample = { values[b] };
            Kdb.Bench(names[b], sample, 1, RecoveryPartWhat[b]);
        }
        Kdb.Check(checkName, recovered && total != 0, "restarts", driver.Restarts - restarts);
        Kdb.Check(sumCheckName, recovered && sum == total, "sum", sum);
    }

    private static void CheckRecovery(ManagedDriver driver, string checkName)
    {
        if (!driver.FaultPlanned) return;
        Kdb.Check(checkName, driver.Restarts >= 1, "restarts", driver.Restarts);
    }

    private static int StartClient(ulong argument)
    {
        int index = s_clientCount++;
        s_clients[index] = default;
        s_clients[index].Task = Peers.StartModule(Modules.Workloads, argument, ClientPriority, stopped: false);
        return index;
    }

    // The manager's loop while clients run.
    private static void Supervise()
    {
        while (true)
        {
            bool all = true;
            for (int i = 0; i < s_clientCount; i++) all &= s_clients[i].Done;
            if (all) return;

            Message m = default;
            IpcResult r = Ipc.ReceiveFor(ref m, DriverManager.HeartbeatTicks);
            if (r.Status == Status.Timeout)
            {
                DriverManager.Heartbeat();
                continue;
            }
            if (!r.Ok) continue;
            RecoveryStamp detected = DriverManager.Now();
            ManagedDriver driver = DriverManager.ByThread(m.Badge);
            if (driver != null)
            {
                // A page fault, an exception or an exit: the driver is gone either way. A fault's
                // message says when it entered the kernel (MR4, MR5); an exit is timed from here.
                if (r.Kind != Kind.Message)
                {
                    RecoveryStamp fault = r.Kind != Kind.Exit && m.Mr4 != 0 ? new RecoveryStamp(m.Mr4, m.Mr5) : detected;
                    DriverManager.Restart(driver, fault, detected, r.Kind == Kind.Exit ? "exit" : "fault");
                }
                continue;
            }
            int c = ClientByThread(m.Badge);
            if (c < 0) continue;
            if (r.Kind == Kind.Exit)
            {
                s_clients[c].Done = true;
                s_clients[c].ExitCode = m.Mr0;
                Peers.Destroy(s_clients[c].Task);
                continue;
            }
            if (r.Kind != Kind.Message)
            {
                s_clients[c].Done = true;              // a client fault: it is over for this client
                s_clients[c].ExitCode = 1000 + m.Mr0;
                Peers.Destroy(s_clients[c].Task);
                continue;
            }
            if (m.Mr0 == ClientRequest.RecoveryReply)
            {
                ManagedDriver of = DriverManager.ByKind(m.Mr1);
                if (of != null) of.Reply = new RecoveryStamp(m.Mr2, m.Mr3);
                Message ok = default;
                Ipc.Send(ref ok, s_clients[c].Task.Slot);
                continue;
            }
            if (m.Mr0 == ClientRequest.Final)
            {
                s_clients[c].FinalSeen = true;
                s_clients[c].FinalDone = m.Mr2;
                s_clients[c].Errors = m.Mr3;
                s_clients[c].Corrupted = m.Mr4;
                s_clients[c].Retries = m.Mr5;
                Message ok = default;
                Ipc.Send(ref ok, s_clients[c].Task.Slot);
                continue;
            }
            DriverManager.Serve(ref m, s_clients[c].Task.Thread, s_clients[c].Task.Task, s_clients[c].Task.Slot);
        }
    }

    private static int ClientByThread(ulong thread)
    {
        for (int i = 0; i < s_clientCount; i++)
            if (s_clients[i].Task.Thread == thread) return i;
        return -1;
    }

    private static ulong Clamp(ulong value, ulong min, ulong max) => value < min ? min : value > max ? max : value;
}
