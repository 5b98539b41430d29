using Spectre.Console;
namespace Testbed.Harness.Reports;

/// <summary>
/// What `testbed compare` leaves in its output folder: measurements.csv, comparisons.csv,
/// and each chart as PNG, SVG and the CSV of its data (costs.*, ratios.*), rendered
/// in-process. Every file is written atomically, so an interrupted run leaves the previous
/// complete file or none.
/// </summary>
public sealed class CompareExport(IAnsiConsole console, string folder)
{
    public const string MeasurementsFile = "measurements.csv";
    public const string ComparisonsFile = "comparisons.csv";

    /// <summary>The commit the charts' captions name (default: "unknown").</summary>
    public string Commit { get; init; } = "unknown";

    /// <summary>The folder of the papers' tables that costs.csv's paper column names (default: none, no paper marks).</summary>
    public string? PapersFolder { get; init; }

    public IReadOnlyList<HostFigure> Host { get; init; } = [];

    public void Write(
        IReadOnlyList<BenchRow> rows, IReadOnlyList<ComparisonResult> results, CostChart? costs, string? extraCsv,
        Provenance? provenance = null)
    {
        // Over a reference (results/compare/), every row keeps its tolerance.
        var measurements = Path.Combine(folder, MeasurementsFile);
        foreach (var row in ReferenceFile.Write(measurements, rows))
            console.MarkupLineInterpolated($"[yellow]{row.Kernel} {row.Benchmark}: new row in {MeasurementsFile}, tolerance exact[/]");
        provenance?.WriteBeside(measurements);
        ComparisonCsv.Write(Path.Combine(folder, ComparisonsFile), results);
        if (extraCsv is not null)
            BenchCsv.Write(extraCsv, rows);
        console.MarkupLineInterpolated($"wrote {rows.Count} measurement(s) and {results.Count} comparison(s) to {folder}");
        if (extraCsv is not null)
            console.MarkupLineInterpolated($"wrote {rows.Count} measurement(s) to {extraCsv}");

        var charts = new List<IChart>();
        if (costs is not null)
        {
            var paper = PapersFolder is null ? new PaperFigure?[costs.Costs.Count, costs.Series.Count] : costs.PaperFigures(PapersFolder);
            charts.Add(CompareCharts.CostsChart(costs, [.. rows, .. HostCsv.AsBenchRows(Host)], paper, Host, Commit));
        }
        else
            console.MarkupLine("[yellow]no costs.csv beside the comparisons file: no cost chart[/]");
        charts.Add(CompareCharts.RatiosChart(results, rows, Commit));
        foreach (var chart in charts)
        {
            var files = ChartFiles.Write(chart, folder);
            console.MarkupLineInterpolated($"charted {string.Join(", ", files.Select(Path.GetFileName))}");
        }
    }
}
