namespace Testbed.Harness.HostFigures;

/// <summary>
/// One figure of the host OS on its real hardware (testbed host): a BenchmarkDotNet
/// benchmark's statistics in one unit (ns, or TSC cycles at the measured TSC frequency).
/// Error is BenchmarkDotNet's: half the 99.9 % confidence interval of the mean.
/// </summary>
public sealed record HostFigure(
    string Benchmark, string Unit, long N, double Min, double Median, double Max,
    double Mean, double Error, double StdDev, string Cpu)
{
    public const string Kernel = "host";
    public const string Mode = "host-real";
    public const string Nanoseconds = "ns";
    public const string Cycles = "cycles";
}
