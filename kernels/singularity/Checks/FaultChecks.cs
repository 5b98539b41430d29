// Every fault kind of the echo target (common/drivers/Faults: FaultCatalog.Supports), each in
// its own run: the service commits the fault at its n-th request while a client runs the
// checked workload. The kernel must kill only the service, reclaim it, restart it (driver
// manager), and the client must finish every request after reconnecting, with no corrupted
// payload. Command line `fault=echo:<kind>@<n>` runs one kind only (a word the kernel
// cannot arm is the failed check fault.armed, from the HAL's boot check); `workload=N`
// sets the requests per run. The client is told how many retries the run must cost (one
// fault-free run first, which must cost none; ExpectedRetries for each kind) and checks
// its count against that (echo.workload.retries); `selftest-break=echo.workload.retries`
// arms a null-deref in the fault-free run all the same, a retry the client does not expect.
using Testbed.Drivers.Faults;
using Testbed.Guest.Measure;

namespace Singularity.Checks;

public static unsafe class FaultChecks
{
    public const uint DefaultRequest = 3;

    // Every kind FaultCatalog.Supports for the echo target, in the order the runs were always
    // made (the state the benchmarks start from depends on it).
    private static readonly InjectedFault[] s_order =
    {
        InjectedFault.NullDeref, InjectedFault.DivideByZero, InjectedFault.IndexOutOfRange, InjectedFault.InvalidCast,
        InjectedFault.StackOverflow, InjectedFault.InfiniteLoop, InjectedFault.ContractViolation, InjectedFault.NotOwner,
        InjectedFault.Throw, InjectedFault.OutOfMemory,
    };

    // recovery.echo and its parts (docs/recovery.md): one sample per fault kind's run.

    public static void Run()
    {
        long requests = (long)CommandLine.Number("workload", 12);
        bool planned = FaultPlanParser.TryParse(Multiboot.CommandLine, "echo", out FaultPlan plan);
        FaultFree(requests);
        var recovery = new RecoveryFigures(RecoveryRowNames.Echo, s_order.Length);
        for (int i = 0; i < s_order.Length; i++)
        {
            if (planned && s_order[i] != plan.Kind) continue;
            RunOne(s_order[i], planned ? plan.AtRequest : DefaultRequest, requests, recovery);
        }
        recovery.Report("recovery.echo.parts-sum");
    }

    private static void FaultFree(long requests)
    {
        bool broken = CommandLine.Breaks("echo.workload.retries");
        long kind = broken ? (long)InjectedFault.NullDeref : 0;
        Sip client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.Workload, requests, 0), kind, broken ? 1 : 0);
        Report.CheckValue("echo.fault-free.client-exit", client.FaultKind == 0 && client.ExitCode == 0, "code", (ulong)client.ExitCode);
    }

    private static void RunOne(InjectedFault kind, uint at, long requests, RecoveryFigures recovery)
    {
        int restartsBefore = DriverManager.Restarts;
        long expected = at <= requests ? ExpectedRetries(kind) : 0;
        RecoveryStamps.Clear();
        Sip client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.Workload, requests, expected), (long)kind, at);
        Sip faulted = Scenario.FirstService;
        bool killed = faulted.State == SipState.Reclaimed && faulted.FaultKind == KillReason(kind);
        bool restarted = DriverManager.Restarts == restartsBefore + 1;
        bool clientFine = client.FaultKind == 0 && client.ExitCode == 0;
        if (restarted && clientFine) recovery.Add();
        Report.CheckValue(CheckName(kind), killed && restarted && clientFine, "killed-for", (ulong)faulted.FaultKind);
    }

    // The retries one fault costs the workload client, as the records of a run show them:
    // the request in flight when the service dies comes back as channel-closed or as a reply
    // that is not the client's (a contract violation's first, legal reply, seq 0), one retry,
    // and the manager has restarted the service before the client reconnects. A not-owner
    // fault dies after its reply (seq 0, one retry) has already woken the client, which then
    // reconnects before the manager has reclaimed the dead instance: that request comes back
    // channel-closed too (a second retry; its recovery record follows the first retry).
    private static long ExpectedRetries(InjectedFault kind) => kind == InjectedFault.NotOwner ? 2 : 1;

    // What the kernel must name as the reason it killed the service (FaultKinds.Name).
    private static long KillReason(InjectedFault kind) => kind switch
    {
        InjectedFault.NullDeref => (long)Testbed.Runtime.FaultKind.NullReference,
        InjectedFault.DivideByZero => (long)Testbed.Runtime.FaultKind.DivideByZero,
        InjectedFault.IndexOutOfRange => (long)Testbed.Runtime.FaultKind.IndexOutOfRange,
        InjectedFault.InvalidCast => (long)Testbed.Runtime.FaultKind.InvalidCast,
        InjectedFault.StackOverflow => SipFaultKind.StackOverflow,
        InjectedFault.InfiniteLoop => SipFaultKind.Watchdog,
        InjectedFault.ContractViolation => SipFaultKind.ContractViolation,
        InjectedFault.NotOwner => SipFaultKind.NotOwner,
        InjectedFault.Throw => (long)Testbed.Runtime.FaultKind.Throw,
        InjectedFault.OutOfMemory => (long)Testbed.Runtime.FaultKind.OutOfMemory,
        _ => -1,
    };

    // fault.echo.<kind>.survived, the kind spelt as FaultCatalog.KindName spells it.
    private static string CheckName(InjectedFault kind) => kind switch
    {
        InjectedFault.NullDeref => "fault.echo.null-deref.survived",
        InjectedFault.DivideByZero => "fault.echo.divide-by-zero.survived",
        InjectedFault.IndexOutOfRange => "fault.echo.index-out-of-range.survived",
        InjectedFault.InvalidCast => "fault.echo.invalid-cast.survived",
        InjectedFault.StackOverflow => "fault.echo.stack-overflow.survived",
        InjectedFault.InfiniteLoop => "fault.echo.infinite-loop.survived",
        InjectedFault.ContractViolation => "fault.echo.contract-violation.survived",
        InjectedFault.NotOwner => "fault.echo.not-owner.survived",
        InjectedFault.Throw => "fault.echo.throw.survived",
        _ => "fault.echo.out-of-memory.survived",
    };
}
