// Every fault kind in the echo driver SIP, each in its own run: the service commits the
// fault at its n-th request while a client runs the checked workload. The kernel must
// kill only the service, reclaim it, restart it (driver manager), and the client must
// finish every request after reconnecting, with no corrupted payload. Command line
// `fault=echo:<kind>@<n>` runs one kind only; `workload=N` sets the requests per run.
using Singularity.Abi;
using Singularity.Drivers;
using Singularity.Tasks;
using Testbed.Hal;

namespace Singularity.Checks;

public static class FaultChecks
{
    public static void Run()
    {
        long requests = (long)CommandLine.Number("workload", 12);
        long only = RequestedKind(out long at);
        for (long kind = 1; kind < EchoFault.Count; kind++)
        {
            if (only != 0 && kind != only) continue;
            RunOne(kind, only != 0 ? at : 3, requests);
        }
    }

    private static void RunOne(long kind, long at, long requests)
    {
        int restartsBefore = DriverManager.Restarts;
        Sip client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.Workload, requests), kind, at);
        Sip faulted = Scenario.FirstService;
        bool killed = faulted.State == SipState.Reclaimed && faulted.FaultKind == ExpectedKind(kind);
        bool restarted = DriverManager.Restarts == restartsBefore + 1;
        bool clientFine = client.FaultKind == 0 && client.ExitCode == 0;
        Report.CheckValue(CheckName(kind), killed && restarted && clientFine, "killed-for", (ulong)faulted.FaultKind);
    }

    private static long ExpectedKind(long kind) => kind switch
    {
        EchoFault.NullReference => (long)Testbed.Runtime.FaultKind.NullReference,
        EchoFault.DivideByZero => (long)Testbed.Runtime.FaultKind.DivideByZero,
        EchoFault.IndexOutOfRange => (long)Testbed.Runtime.FaultKind.IndexOutOfRange,
        EchoFault.InvalidCast => (long)Testbed.Runtime.FaultKind.InvalidCast,
        EchoFault.StackOverflow => SipFaultKind.StackOverflow,
        EchoFault.Hang => SipFaultKind.Watchdog,
        EchoFault.ContractViolation => SipFaultKind.ContractViolation,
        EchoFault.NotOwner => SipFaultKind.NotOwner,
        EchoFault.Throw => (long)Testbed.Runtime.FaultKind.Throw,
        EchoFault.OutOfMemory => (long)Testbed.Runtime.FaultKind.OutOfMemory,
        _ => -1,
    };

    private static string CheckName(long kind) => kind switch
    {
        EchoFault.NullReference => "fault.echo.null.survived",
        EchoFault.DivideByZero => "fault.echo.divide.survived",
        EchoFault.IndexOutOfRange => "fault.echo.index.survived",
        EchoFault.InvalidCast => "fault.echo.cast.survived",
        EchoFault.StackOverflow => "fault.echo.stack.survived",
        EchoFault.Hang => "fault.echo.hang.survived",
        EchoFault.ContractViolation => "fault.echo.contract.survived",
        EchoFault.NotOwner => "fault.echo.not-owner.survived",
        EchoFault.Throw => "fault.echo.throw.survived",
        _ => "fault.echo.oom.survived",
    };

    // fault=echo:<kind>@<n>, kind as EchoFault.Name spells it.
    private static unsafe long RequestedKind(out long at)
    {
        at = 3;
        byte* p = Multiboot.CommandLine;
        if (p == null) return 0;
        const string prefix = "fault=echo:";
        for (; *p != 0; p++)
        {
            int i = 0;
            while (i < prefix.Length && p[i] == prefix[i]) i++;
            if (i < prefix.Length) continue;
            byte* name = p + i;
            int length = 0;
            while (name[length] != 0 && name[length] != '@' && name[length] != ' ') length++;
            if (name[length] == '@') at = (long)new Boot.ByteText(name + length + 1, 5).ParseNumber();
            var text = new Boot.ByteText(name, length);
            for (long kind = 1; kind < EchoFault.Count; kind++)
                if (text.Is(EchoFault.Name(kind))) return kind;
            Panic.Halt("singularity: unknown fault kind in fault=echo:<kind>@<n>");
        }
        return 0;
    }
}
