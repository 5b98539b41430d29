namespace Testbed.Harness.Outcomes;

/// <summary>
/// The harness's exit codes: one per way a boot can end, so scripts and CI can tell a
/// failed check from a crashed kernel from a broken setup without reading the log.
/// </summary>
public static class ExitCodes
{
    public const int Passed = 0;
    public const int ChecksFailed = 1;
    public const int BadUsage = 2;
    public const int KernelPanic = 3;
    public const int Reset = 4;
    public const int Hang = 5;
    public const int QemuUnavailable = 6;
    public const int BadImage = 7;
    /// <summary><c>testbed profile</c>: no window between two rdtsc executions has the bench's sample length.</summary>
    public const int NoProfileWindow = 8;
    /// <summary>A planned fault was never committed by its target (<see cref="Outcome.FaultNotTriggered"/>).</summary>
    public const int FaultNotTriggered = 9;
    /// <summary><c>--baseline</c>: a figure moved beyond its tolerance, or a reference row was not measured.</summary>
    public const int BaselineMoved = 10;
    /// <summary>A driver's manager gave up restarting it; the kernel stayed up (<see cref="Outcome.DriverLost"/>).</summary>
    public const int DriverLost = 11;
    /// <summary><c>--model</c>: the cycle model's QEMU plugin is not built, would not load, or wrote no usable output.</summary>
    public const int ModelUnavailable = 12;

    /// <summary>The harness itself was interrupted (Ctrl-C, SIGTERM): the shell's 128 + SIGINT.</summary>
    public const int Interrupted = 130;

    public static int For(Outcome outcome) => outcome switch
    {
        Outcome.Passed => Passed,
        Outcome.ChecksFailed => ChecksFailed,
        Outcome.Panic => KernelPanic,
        Outcome.Reset => Reset,
        Outcome.Hang => Hang,
        Outcome.QemuError => QemuUnavailable,
        Outcome.FaultNotTriggered => FaultNotTriggered,
        Outcome.DriverLost => DriverLost,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>The table shown by <c>testbed --help</c>.</summary>
    public const string Table = """
        Exit codes:
          0  passed: every check ok and the kernel said done
          1  checks failed (a check or done record with ok=false, or power-off code 1)
          2  bad usage (unknown option value, negative timeout, zero iterations, a fault= plan
             the kernel cannot arm, an output file that cannot be written ...)
          3  kernel panic (panic record or power-off code 2)
          4  guest reset itself: triple fault
          5  hang: the watchdog (--timeout) fired
          6  QEMU missing, failed to start or reported an error
          7  bad image or unknown kernel
          8  profile: no window between two rdtsc executions matches the bench's median
          9  fault not triggered: a fault= plan its target never committed (no verdict on it)
         10  baseline: a figure moved beyond its tolerance from --baseline, or a reference row is missing
         11  driver lost: a driver's manager gave up restarting it (persistent fault); the kernel stayed up
        """;
}
