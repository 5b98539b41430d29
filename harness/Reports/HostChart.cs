namespace Testbed.Harness.Reports;

/// <summary>
/// The chart of one testbed host run: a bar per benchmark (median, TSC cycles) with
/// BenchmarkDotNet's error bound, and the paper's Linux figure where papers/costs.csv's
/// "host, real hardware" series names one for that benchmark.
/// </summary>
public static class HostChart
{
    public const string Name = "host-cycles";
    public const string Series = "host, real hardware";

    public static GroupedBarChart Create(IReadOnlyList<HostFigure> figures, CostChart? costs, string? papersFolder, string commit)
    {
        var cycles = figures.Where(f => f.Unit == HostFigure.Cycles).ToList();
        var values = new double?[cycles.Count, 1];
        var errors = new double?[cycles.Count, 1];
        var paper = new double?[cycles.Count, 1];
        var units = new List<string>();
        for (var i = 0; i < cycles.Count; i++)
        {
            values[i, 0] = cycles[i].Median;
            errors[i, 0] = cycles[i].Error;
            var cell = costs?.Cells.FirstOrDefault(c => c.Paper is not null
                && c.Measurement.Measurements.Any(m => m.Kernel == HostFigure.Kernel && m.Benchmark == cycles[i].Benchmark));
            if (cell is not null && papersFolder is not null)
            {
                var figure = PaperFigure.Resolve(papersFolder, cell.Paper!);
                paper[i, 0] = figure.Value;
                units.Add($"{figure.System}, {figure.Unit}, {figure.Machine}");
            }
        }
        var cpu = (cycles.FirstOrDefault()?.Cpu ?? "unknown CPU").Replace("; ", ", ");
        return new GroupedBarChart(Name, $"The host OS on its real hardware: {cpu}", "TSC cycles per operation",
            new ChartCaption(HostFigure.Mode, "TSC cycles", commit, "median bars; error bars: BenchmarkDotNet's error (half the 99.9 % CI of the mean)"),
            cycles.Select(f => f.Benchmark).ToList(), [Series], values)
        {
            Errors = errors,
            Paper = paper,
            PaperLabel = units.Count == 0 ? "paper figure" : $"paper figure ({string.Join("; ", units.Distinct())})",
            Width = 1200,
            Height = 700,
        };
    }
}
