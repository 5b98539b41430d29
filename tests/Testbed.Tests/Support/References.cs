using Testbed.Harness.Analysis.Baselines;

namespace Testbed.Tests.Support;

/// <summary>
/// A kernel's committed figures (results/&lt;file&gt;.csv, the file whose provenance names the
/// kernel), for boot tests that assert a figure exactly, or within its row's band when it
/// is host-timed: one source for every expected number, regenerated with the change that
/// moves it.
/// </summary>
internal static class References
{
    static readonly Lazy<IReadOnlyDictionary<(string, string), ReferenceRow>> Rows = new(() =>
        CommittedResults.BenchReferences.SelectMany(file => BenchCsv.Read(file).Rows).ToDictionary(r => r.Key));

    public static ReferenceRow Row(string kernel, string benchmark) =>
        Rows.Value.TryGetValue((kernel, benchmark), out var row)
            ? row
            : throw new KeyNotFoundException($"no reference row {kernel} {benchmark} in results/");

    /// <summary>The figure of an exact row; a host-timed row has no single figure (use <see cref="AssertWithinTolerance"/>).</summary>
    public static ulong Exact(string kernel, string benchmark)
    {
        var row = Row(kernel, benchmark);
        Assert.True(row.Tolerance.IsExact, $"{kernel} {benchmark} is host-timed ({row.Tolerance}): assert it within its band");
        return (ulong)row.Figure.Median;
    }

    public static void AssertWithinTolerance(string kernel, string benchmark, double measured)
    {
        var row = Row(kernel, benchmark);
        Assert.True(row.Tolerance.Allows(row.Figure.Median, measured),
            $"{kernel} {benchmark}: {measured}, reference {row.Figure.Median} {row.Tolerance}");
    }
}
