// Names shared by the kernels' writer (common/hal/Results) and the harness's parser
// (harness/Protocol): one source, compiled into both. See PROTOCOL.md beside this file.
namespace Testbed.Protocol;

public static class ProtocolNames
{
    public const string Prefix = "@tb ";

    public const string Hello = "hello";
    public const string Check = "check";
    public const string Bench = "bench";
    public const string Sample = "sample";
    public const string Fault = "fault";
    public const string Recovery = "recovery";
    /// <summary>A recovery record's state when the manager stopped restarting a driver (RestartBudget spent).</summary>
    public const string RecoveryGaveUp = "gave-up";
    public const string Progress = "progress";
    public const string Panic = "panic";
    public const string Done = "done";
    public const string FaultPlan = "fault-plan";
    public const string Warning = "warning";

    /// <summary>The states of a fault-plan record: handed to the target, about to execute.</summary>
    public const string FaultPlanArmed = "armed";
    public const string FaultPlanCommitted = "committed";

    /// <summary>The check a kernel fails for a fault= word it cannot arm.</summary>
    public const string FaultArmedCheck = "fault.armed";

    /// <summary>The name of the warning about a command-line word no part of the kernel reads.</summary>
    public const string UnknownWordWarning = "command-line.unknown-word";

    /// <summary>Power-off codes written to isa-debug-exit; QEMU exits with (code &lt;&lt; 1) | 1.</summary>
    public const int ExitClean = 0;
    public const int ExitChecksFailed = 1;
    public const int ExitPanic = 2;
}
