using Spectre.Console;
using Testbed.Harness.Analysis;
using Testbed.Harness.Analysis.Comparisons;
using Testbed.Harness.Reports.Gnuplot;

namespace Testbed.Harness.Reports;

/// <summary>
/// What `testbed compare` leaves in its output folder: measurements.csv, comparisons.csv,
/// the gnuplot data and scripts, and the PNGs if gnuplot is installed. Every file is written
/// atomically, so an interrupted run leaves the previous complete file or none.
/// </summary>
public sealed class CompareExport(IAnsiConsole console, string folder)
{
    public const string MeasurementsFile = "measurements.csv";
    public const string ComparisonsFile = "comparisons.csv";

    public async Task WriteAsync(
        IReadOnlyList<BenchRow> rows, IReadOnlyList<ComparisonResult> results, CostChart? costs, string? extraCsv,
        CancellationToken cancellation, Provenance? provenance = null)
    {
        // Over a reference (results/compare/), every row keeps its tolerance.
        var measurements = Path.Combine(folder, MeasurementsFile);
        foreach (var row in ReferenceFile.Write(measurements, rows))
            console.MarkupLineInterpolated($"[yellow]{row.Kernel} {row.Benchmark}: new row in {MeasurementsFile}, tolerance exact[/]");
        provenance?.WriteBeside(measurements);
        ComparisonCsv.Write(Path.Combine(folder, ComparisonsFile), results);
        if (extraCsv is not null)
            BenchCsv.Write(extraCsv, rows);

        var scripts = new List<string>();
        if (costs is not null)
        {
            var (unit, mode) = UnitAndMode(rows);
            var values = costs.Evaluate(rows);
            AtomicFile.Write(Path.Combine(folder, CostsPlot.DataFile), w => CostsPlot.WriteData(w, costs, values, unit, mode));
            AtomicFile.Write(Path.Combine(folder, CostsPlot.ScriptFile), w => CostsPlot.WriteScript(w, costs, values, unit, mode));
            scripts.Add(CostsPlot.ScriptFile);
        }
        else
            console.MarkupLine("[yellow]no costs.csv beside the comparisons file: no cost chart[/]");
        AtomicFile.Write(Path.Combine(folder, RatiosPlot.DataFile), w => RatiosPlot.WriteData(w, results));
        AtomicFile.Write(Path.Combine(folder, RatiosPlot.ScriptFile), w => RatiosPlot.WriteScript(w, results.Count));
        scripts.Add(RatiosPlot.ScriptFile);

        console.MarkupLineInterpolated($"wrote {rows.Count} measurement(s) and {results.Count} comparison(s) to {folder}");
        if (extraCsv is not null)
            console.MarkupLineInterpolated($"wrote {rows.Count} measurement(s) to {extraCsv}");
        await PlotAsync(scripts, cancellation);
    }

    async Task PlotAsync(IReadOnlyList<string> scripts, CancellationToken cancellation)
    {
        if (GnuplotRunner.Locate() is not { } gnuplot)
        {
            console.MarkupLineInterpolated(
                $"[yellow]gnuplot not found: no PNGs. Install it ({GnuplotRunner.InstallHint}) and run: cd {folder} && gnuplot {string.Join(' ', scripts)}[/]");
            return;
        }
        foreach (var script in scripts)
        {
            if (await GnuplotRunner.RunAsync(gnuplot, Path.Combine(folder, script), cancellation) is { } error)
                console.MarkupLineInterpolated($"[yellow]gnuplot {script} failed: {error}[/]");
            else
                console.MarkupLineInterpolated($"plotted {Path.Combine(folder, Path.ChangeExtension(script, ".png"))}");
        }
    }

    /// <summary>The unit and mode the chart's axis names: the run's time figures (not byte counts); several are joined.</summary>
    static (string Unit, string Mode) UnitAndMode(IReadOnlyList<BenchRow> rows)
    {
        var timed = rows.Where(r => r.Unit != RecordRows.BytesUnit).ToList();
        return timed.Count == 0
            ? ("instr", "not measured")
            : (string.Join("/", timed.Select(r => r.Unit).Distinct()), string.Join("/", timed.Select(r => r.Mode).Distinct()));
    }
}
