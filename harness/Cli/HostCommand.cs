using Spectre.Console;
namespace Testbed.Harness.Cli;

/// <summary>
/// <c>testbed host</c>: the host OS's own figures on its real hardware (null system call,
/// pipe and Unix socket round trips, process spawn, thread switch), measured with
/// BenchmarkDotNet by the benchmark program (benchmarks/Host), in ns and TSC cycles.
/// Writes host.csv, BenchmarkDotNet's reports and the host chart; compare reads host.csv.
/// </summary>
internal static class HostCommand
{
    public const string DefaultFolder = "results/host";

    public static Command Create(CliContext context)
    {
        var output = CommandOptions.Folder("--out",
            $"Where host.csv and BenchmarkDotNet's reports go (default: {DefaultFolder}/ in the checkout)");
        var dry = CommandOptions.Flag("--dry", "One cold invocation of each benchmark (seconds; checks the benchmarks run, the figures mean little)");
        var brief = CommandOptions.Flag("--short", "BenchmarkDotNet's short run (3 warm-ups, 3 iterations; about a minute)");
        var quiet = CommandOptions.Flag("--quiet", "Show only the table, not BenchmarkDotNet's log");
        var replot = CommandOptions.Flag("--replot", "Run nothing: show and chart the host.csv already in the output folder");
        var command = new Command("host",
            "Benchmark the host OS on its real hardware with BenchmarkDotNet (ns and TSC cycles) for compare's \"host, real hardware\" figures")
        {
            output, dry, brief, quiet, replot,
        };
        command.SetAction((parse, cancellation) => CommandGuard.RunAsync(context.Terminal, async () =>
        {
            var root = context.RepositoryRoot ?? RepositoryRoot.Locate()
                ?? throw new BadImageException("cannot find the Testbed checkout (no Testbed.sln above the current directory)");
            var folder = parse.GetValue(output)?.FullName ?? Path.Combine(root, DefaultFolder);
            var job = parse.GetValue(dry) ? "dry" : parse.GetValue(brief) ? "short" : "default";
            var terminal = context.Terminal.Out;
            var showLog = !parse.GetValue(quiet);
            if (!parse.GetValue(replot))
            {
                terminal.MarkupLineInterpolated($"[bold]host[/] [grey]BenchmarkDotNet, job {job}, into {folder}[/]");
                var exit = await HostBenchmarkProgram.RunAsync(root, job, folder,
                    line => { if (showLog) terminal.WriteLine(line); }, cancellation);
                if (exit != 0)
                    throw new HarnessException(ExitCodes.ChecksFailed, $"the host benchmarks failed (exit {exit}); see the log above");
            }
            var figuresPath = Path.Combine(folder, HostCsv.FileName);
            if (!File.Exists(figuresPath))
                throw new BadUsageException($"{figuresPath}: no host figures to show (run testbed host without --replot first)");
            var figures = HostCsv.Read(figuresPath);
            terminal.Write(HostTable.Render(figures));
            terminal.MarkupLineInterpolated($"wrote {figures.Count} figure(s) to {Path.Combine(folder, HostCsv.FileName)}");
            var costsPath = Path.Combine(root, CostChart.DefaultPath);
            var chart = HostChart.Create(figures, File.Exists(costsPath) ? CostChart.Read(costsPath) : null,
                Path.Combine(root, "papers"), GitCommit.Describe(root));
            terminal.MarkupLineInterpolated($"charted {string.Join(", ", ChartFiles.Write(chart, folder).Select(Path.GetFileName))}");
            return ExitCodes.Passed;
        }));
        return command;
    }
}
