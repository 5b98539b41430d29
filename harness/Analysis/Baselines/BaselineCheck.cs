namespace Testbed.Harness.Analysis.Baselines;

/// <summary>
/// Compares a run's figures (each row's median) with a committed reference, row by row on
/// (kernel, benchmark): a row holds when its unit, mode and definition are the reference's
/// and its median is within the row's tolerance. A reference without a definition (an older
/// file) accepts any.
/// </summary>
public static class BaselineCheck
{
    public static BaselineResult Compare(IEnumerable<ReferenceRow> reference, IEnumerable<BenchRow> measured)
    {
        var runRows = new Dictionary<(string, string), BenchRow>();
        foreach (var row in measured)
            runRows.TryAdd((row.Kernel, row.Benchmark), row);

        var moved = new List<MovedFigure>();
        var missing = new List<ReferenceRow>();
        var referenced = new HashSet<(string, string)>();
        int held = 0;
        foreach (var row in reference)
        {
            referenced.Add(row.Key);
            if (!runRows.TryGetValue(row.Key, out var figure))
                missing.Add(row);
            else if (figure.Unit != row.Figure.Unit || figure.Mode != row.Figure.Mode || new MovedFigure(row, figure).DefinitionDiffers
                     || !row.Tolerance.Allows(row.Figure.Median, figure.Median))
                moved.Add(new MovedFigure(row, figure));
            else
                held++;
        }
        var added = runRows.Values.Where(r => !referenced.Contains((r.Kernel, r.Benchmark))).ToList();
        return new BaselineResult(moved, missing, added, held);
    }
}
