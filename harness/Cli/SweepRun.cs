using Spectre.Console;
using Testbed.Harness.CycleModel;
using Testbed.Harness.Reports.Charts;

namespace Testbed.Harness.Cli;

/// <summary>
/// One `testbed sweep compare`: choose the comparisons, boot each kernel they need once under
/// the model (with the words a compare run gives it), then for every point of the sweep
/// evaluate the comparisons on the same counts under the changed costs. Writes sweep.csv (a
/// row per comparison and point) and, per comparison, a chart of its ratio against the first
/// parameter, a line per combination of the others, with the target as a line of its own.
/// A failed boot stops the run: a sweep over missing kernels would chart nothing.
/// </summary>
internal sealed class SweepRun(CliContext context, CpuModel model, IReadOnlyList<SweepParameter> parameters)
{
    public IReadOnlyList<string> Kernels { get; init; } = [];
    public IReadOnlyList<string> ComparisonIds { get; init; } = [];
    public int Iterations { get; init; } = BenchCommand.DefaultIterations;
    public string? OutputFolder { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(300);

    IAnsiConsole Out => context.Terminal.Out;

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var catalog = new KernelCatalog(context.RepositoryRoot ?? RepositoryRoot.Locate()
            ?? throw new BadImageException("cannot find the Testbed checkout (no Testbed.sln above the current directory)"));
        var all = ComparisonFile.Read(Path.Combine(catalog.RepositoryRoot, ComparisonFile.DefaultPath));
        var known = catalog.List().Where(k => k.IsBuilt).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var comparisons = Choose(all, known);
        var kernels = Kernels.Count > 0 ? Kernels.Distinct().ToList()
            : comparisons.SelectMany(c => c.Kernels).Distinct().Order(StringComparer.Ordinal).ToList();
        var folder = OutputFolder ?? Path.Combine(catalog.RepositoryRoot, "results", "sweep", model.Name);
        OutputPaths.RequireWritableFolder(folder, "--out");

        var boots = new List<(string Kernel, ModelledBoot Boot)>();
        foreach (var kernel in kernels)
        {
            var image = catalog.Resolve(kernel);
            var words = new CompareRun.Options([], Iterations, null, null, null, AccelRequest.Tcg, Timeout).CommandLineFor(image);
            Out.MarkupLineInterpolated($"[bold]{kernel}[/] [grey]under {model.Label}: {words}[/]");
            var result = await BootSession.RunAsync(new BootRequest(image)
            {
                Accel = AccelRequest.Tcg, Icount = true, Model = model, Timeout = Timeout, Append = words,
            }, cancellation: cancellation);
            if (result.Outcome != Outcome.Passed || result.Modelled is null)
            {
                context.Terminal.ReportError($"{kernel}: {result.Outcome} ({result.Verdict.Reason}); no sweep without its figures");
                return result.ExitCode == ExitCodes.Passed ? ExitCodes.ModelUnavailable : result.ExitCode;
            }
            boots.Add((kernel, result.Modelled));
        }

        var points = SweepParameter.Points(parameters).ToList();
        var evaluated = points.Select(point =>
        {
            var costs = model.WithCosts(point);
            var rows = boots.SelectMany(b => b.Boot.Under(costs).Rows(b.Kernel)).ToList();
            return (Point: point, Results: ComparisonEvaluator.Evaluate(comparisons, rows));
        }).ToList();

        Write(folder, evaluated, comparisons, GitCommit.Describe(catalog.RepositoryRoot));
        Summarise(evaluated, comparisons);
        return ExitCodes.Passed;
    }

    IReadOnlyList<Comparison> Choose(IReadOnlyList<Comparison> all, HashSet<string> built)
    {
        if (ComparisonIds.Count > 0)
        {
            var unknown = ComparisonIds.Where(id => all.All(c => c.Id != id)).ToList();
            if (unknown.Count > 0)
                throw new BadUsageException($"--comparison: no comparison {string.Join(", ", unknown)} in {ComparisonFile.DefaultPath}");
            return all.Where(c => ComparisonIds.Contains(c.Id)).ToList();
        }
        // Kernels' figures on both sides: a constant or the host has no modelled cycles.
        var chosen = all.Where(c => c.MeasuresBothSides && c.Kernels.All(built.Contains)).ToList();
        if (chosen.Count == 0) throw new BadUsageException("no comparison has kernels' figures on both sides among the built kernels");
        return chosen;
    }

    string PointLabel(IReadOnlyDictionary<string, double> point, int from) =>
        string.Join(", ", parameters.Skip(from).Select(p => $"{p.Cost}={Quantity.Format(point[p.Cost])}"));

    void Write(string folder, IReadOnlyList<(IReadOnlyDictionary<string, double> Point, IReadOnlyList<ComparisonResult> Results)> evaluated,
               IReadOnlyList<Comparison> comparisons, string commit)
    {
        var path = Path.Combine(folder, "sweep.csv");
        AtomicFile.Write(path, writer => ChartCsv.Write(writer,
            ["comparison", .. parameters.Select(p => p.Cost), "numerator", "denominator", "ratio", "target", "status"],
            evaluated.SelectMany(e => e.Results.Select(r => (IEnumerable<object?>)[
                r.Comparison.Id, .. parameters.Select(p => (object?)e.Point[p.Cost]), r.Numerator, r.Denominator, r.Ratio,
                r.Comparison.Target.ToString(), r.StatusLabel]))));
        Out.MarkupLineInterpolated($"wrote {path}");

        var x = parameters[0];
        foreach (var comparison in comparisons)
        {
            var lines = evaluated.GroupBy(e => PointLabel(e.Point, 1))
                .Select(g => new LineSweepChart.Line(g.Key.Length == 0 ? "ratio" : g.Key,
                    g.Select(e => (e.Point, Result: e.Results.First(r => r.Comparison.Id == comparison.Id)))
                     .Where(p => p.Result.Ratio is not null)
                     .Select(p => new LineSweepChart.Point(p.Point[x.Cost], p.Result.Ratio!.Value)).ToList()))
                .Where(l => l.Points.Count > 0).ToList();
            if (lines.Count == 0)
            {
                Out.MarkupLineInterpolated($"[yellow]{comparison.Id}: not measured under {model.Label}, no chart[/]");
                continue;
            }
            var chart = new LineSweepChart($"sweep-{comparison.Id}", $"{comparison.Id} against {x.Cost}",
                $"{x.Cost} (modelled cycles)", "ratio", new ChartCaption(model.Mode, CpuModel.Unit, commit, "one boot per kernel, counts reweighted: docs/cycle-model.md"), lines)
            {
                Guides = [new LineSweepChart.Guide($"target {comparison.Target}", comparison.Target.Bound)],
            };
            foreach (var file in ChartFiles.Write(chart, folder))
                Out.MarkupLineInterpolated($"charted {Path.GetFileName(file)}");
        }
    }

    // Per comparison and line: the ratio's range over the x axis, and where the target holds.
    void Summarise(IReadOnlyList<(IReadOnlyDictionary<string, double> Point, IReadOnlyList<ComparisonResult> Results)> evaluated, IReadOnlyList<Comparison> comparisons)
    {
        var table = ConsoleTable.Rounded().AddColumns("comparison", "with", "target").AddNumberColumns("ratio from", "ratio to").AddColumns($"holds for {parameters[0].Cost}");
        foreach (var comparison in comparisons)
            foreach (var line in evaluated.GroupBy(e => PointLabel(e.Point, 1)))
            {
                var results = line.Select(e => (X: e.Point[parameters[0].Cost], R: e.Results.First(r => r.Comparison.Id == comparison.Id))).ToList();
                if (results.All(r => r.R.Ratio is null)) continue;
                var holds = results.Where(r => r.R.Status == ComparisonStatus.Pass).Select(r => r.X).ToList();
                table.AddRow(Markup.Escape(comparison.Id), Markup.Escape(line.Key), Markup.Escape(comparison.Target.ToString()),
                    Quantity.Format(results.First().R.Ratio ?? 0), Quantity.Format(results.Last().R.Ratio ?? 0),
                    holds.Count == 0 ? "nowhere" : holds.Count == results.Count ? "everywhere" : Markup.Escape(string.Join(", ", holds.Select(Quantity.Format))));
            }
        Out.Write(table);
    }
}
