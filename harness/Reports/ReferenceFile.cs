using Testbed.Harness.Analysis.Baselines;

namespace Testbed.Harness.Reports;

/// <summary>
/// Writes a run's rows over a bench CSV without losing what a reviewer decided: when the
/// file there is a reference (it has the tolerance column), every row keeps its tolerance and
/// a new row starts exact; any other file is replaced by the plain bench columns.
/// </summary>
public static class ReferenceFile
{
    /// <summary>
    /// Writes <paramref name="rows"/> to <paramref name="path"/>, with the tolerance column when the file there has
    /// one or <paramref name="asReference"/>; returns the rows that got the default tolerance (none for a plain file).
    /// </summary>
    public static IReadOnlyList<BenchRow> Write(string path, IReadOnlyList<BenchRow> rows, bool asReference = false)
    {
        var existing = TryRead(path);
        if (existing is not { HasTolerance: true } && !asReference)
        {
            BenchCsv.Write(path, rows);
            return [];
        }
        var tolerances = (existing?.Rows ?? []).Where(_ => existing!.HasTolerance).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First().Tolerance);
        var defaulted = rows.Where(r => !tolerances.ContainsKey((r.Kernel, r.Benchmark))).ToList();
        BenchCsv.Write(path, rows.Select(r => new ReferenceRow(r, tolerances.GetValueOrDefault((r.Kernel, r.Benchmark), Tolerance.Exact))));
        return defaulted;
    }

    static BenchCsvFile? TryRead(string path)
    {
        // Not there, or not a bench CSV: replaced like any other file. A reference with a
        // bad row is an error, not something to overwrite.
        if (!File.Exists(path) || !File.ReadLines(path).FirstOrDefault("").StartsWith("kernel,benchmark,", StringComparison.Ordinal))
            return null;
        return BenchCsv.Read(path);
    }
}
