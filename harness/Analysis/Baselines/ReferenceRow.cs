namespace Testbed.Harness.Analysis.Baselines;

/// <summary>A row of a committed reference (results/*.csv): the figure and how far it may move.</summary>
public sealed record ReferenceRow(BenchRow Figure, Tolerance Tolerance)
{
    public (string Kernel, string Benchmark) Key => (Figure.Kernel, Figure.Benchmark);
}
