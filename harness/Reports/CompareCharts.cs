namespace Testbed.Harness.Reports;

/// <summary>
/// The charts of one compare run: costs (grouped bars of papers/costs.csv's cells, the
/// papers' figures as diamonds, the host's error bounds where a host run is present) and
/// ratios (every comparison's measured ratio with its target and the paper's ratio).
/// </summary>
public static class CompareCharts
{
    public const string Costs = "costs";
    public const string Ratios = "ratios";

    public static GroupedBarChart CostsChart(
        CostChart costs, IReadOnlyList<BenchRow> rows, PaperFigure?[,] paper, IReadOnlyList<HostFigure> host, string commit)
    {
        var values = costs.Evaluate(rows);
        var excluded = costs.ExcludedCells(rows);
        var errors = new double?[costs.Costs.Count, costs.Series.Count];
        foreach (var cell in costs.Cells)
        {
            // A host cell that names one host figure's median carries that figure's error bound.
            var measured = cell.Measurement.Measurements.ToList();
            if (measured is [{ Kernel: HostFigure.Kernel } only] && cell.Measurement.Terms.Count == 1)
                errors[Index(costs.Costs, cell.Cost), Index(costs.Series, cell.Series)] =
                    host.FirstOrDefault(f => f.Benchmark == only.Benchmark && f.Unit == HostFigure.Cycles)?.Error;
        }
        var paperValues = new double?[costs.Costs.Count, costs.Series.Count];
        for (var i = 0; i < costs.Costs.Count; i++)
            for (var j = 0; j < costs.Series.Count; j++)
                paperValues[i, j] = paper[i, j]?.Value;
        var paperUnits = paper.Cast<PaperFigure?>().OfType<PaperFigure>().Select(p => $"{p.Unit}, {p.Machine}").Distinct().ToList();

        // Series with no value in this run (a kernel not benched, no host run) are left out.
        var shown = Enumerable.Range(0, costs.Series.Count)
            .Where(j => Enumerable.Range(0, costs.Costs.Count).Any(i => values[i, j] is not null)).ToList();
        var (unit, mode) = UnitAndMode(rows.Where(r => r.Kernel != HostFigure.Kernel).ToList());
        var hasHost = shown.Any(j => costs.Series[j].Contains(HostFigure.Kernel, StringComparison.OrdinalIgnoreCase));
        return new GroupedBarChart(
            Costs, "What each way of isolating a driver costs (median per operation)",
            hasHost ? $"{UnitName(unit)} per operation; host: TSC cycles" : $"{UnitName(unit)} per operation",
            new ChartCaption(hasHost ? $"{mode}; host: real hardware" : mode, hasHost ? $"{unit}; host: cycles" : unit, commit,
                "no bar = not measured" + (hasHost ? "; host error bars: 99.9 % CI of the mean" : ""))
            {
                More = NotDrawn(excluded),
            },
            costs.Costs, shown.Select(j => costs.Series[j]).ToList(), Select(values, shown))
        {
            Errors = Select(errors, shown),
            Paper = Select(paperValues, shown),
            PaperLabel = paperUnits.Count == 0 ? "paper figure" : $"paper figure ({string.Join("; ", paperUnits)})",
        };
    }

    // One caption line per series and definition: measured, but not drawn beside figures of another definition.
    static IReadOnlyList<string> NotDrawn(IReadOnlyList<CostChart.Excluded> excluded) =>
        excluded.GroupBy(e => (e.Series, e.Definition))
            .Select(g => $"not drawn, measures {g.Key.Definition} (docs/definitions.md): {g.Key.Series} {string.Join(", ", g.Select(e => e.Cost))}")
            .ToList();

    public static RatioBarChart RatiosChart(IReadOnlyList<ComparisonResult> results, IReadOnlyList<BenchRow> rows, string commit)
    {
        var (unit, mode) = UnitAndMode(rows.Where(r => r.Kernel != HostFigure.Kernel).ToList());
        var items = results.Select(r => new RatioBarChart.Item(
            r.Comparison.Id, r.Ratio, r.Comparison.PaperRatio?.Value, r.Comparison.Target.Bound, r.Comparison.Target.Operator,
            r.Comparison.Numerator.Measurements.Select(m => m.Kernel).FirstOrDefault() ?? "", r.StatusLabel)).ToList();
        return new RatioBarChart(Ratios, "Ratios measured here against the papers' ratios and the targets",
            new ChartCaption(mode, $"ratio of two {unit} figures", commit, "comparisons: papers/comparisons.csv"), items);
    }

    /// <summary>The unit and mode the charts name: the run's time figures (not byte counts); several are joined.</summary>
    public static (string Unit, string Mode) UnitAndMode(IReadOnlyList<BenchRow> rows)
    {
        var timed = rows.Where(r => r.Unit != RecordRows.BytesUnit).ToList();
        return timed.Count == 0
            ? ("instr", "not measured")
            : (string.Join("/", timed.Select(r => r.Unit).Distinct()), string.Join("/", timed.Select(r => r.Mode).Distinct()));
    }

    static string UnitName(string unit) => unit switch
    {
        "instr" => "guest instructions",
        "cycles" => "cycles",
        _ => unit,
    };

    static double?[,] Select(double?[,] grid, IReadOnlyList<int> columns)
    {
        var result = new double?[grid.GetLength(0), columns.Count];
        for (var i = 0; i < grid.GetLength(0); i++)
            for (var j = 0; j < columns.Count; j++)
                result[i, j] = grid[i, columns[j]];
        return result;
    }

    static int Index(IReadOnlyList<string> list, string item) => list.ToList().IndexOf(item);
}
