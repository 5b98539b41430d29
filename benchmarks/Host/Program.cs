using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Testbed.Harness.HostFigures;
using Testbed.Host;

// Testbed.Host [--out DIR] [--job dry|short|default]: BenchmarkDotNet benchmarks of the host
// OS (HostBenchmarks), in this process (the in-process toolchain: no generated project to
// build per run), then host.csv (ns and TSC cycles) beside BenchmarkDotNet's own reports.
// Started with echo-pipe or echo-socket it is the round-trip benchmarks' child instead.
if (args.Length > 0 && args[0] is EchoChild.PipeMode or EchoChild.SocketMode)
    return EchoChild.Run(args);

var output = Path.GetFullPath(Option("--out") ?? "host-results");
var jobName = Option("--job") ?? "default";
var job = jobName switch
{
    "dry" => Job.Dry,
    "short" => Job.ShortRun,
    "default" => Job.Default.WithWarmupCount(5).WithIterationCount(20),
    _ => throw new ArgumentException($"--job {jobName}: dry, short or default"),
};
Directory.CreateDirectory(output);

var (model, invariant) = TscClock.Cpu();
var ghz = TscClock.MeasureGhz(TimeSpan.FromMilliseconds(jobName == "dry" ? 50 : 200));
Console.WriteLine($"testbed host: {model}; TSC {ghz:0.000} GHz measured against the monotonic clock{(invariant ? " (constant, non-stop TSC)" : " (cpuinfo does not promise an invariant TSC)")}");

var config = ManualConfig.CreateEmpty()
    .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).WithId(jobName))
    .AddColumnProvider(DefaultColumnProviders.Instance)
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
    .AddLogger(ConsoleLogger.Default)
    .AddExporter(CsvExporter.Default, MarkdownExporter.GitHub)
    .WithArtifactsPath(output)
    .WithOption(ConfigOptions.JoinSummary, true)
    .WithOption(ConfigOptions.DisableLogFile, true);
var summary = BenchmarkRunner.Run<HostBenchmarks>(config);

var cpu = string.Create(CultureInfo.InvariantCulture, $"{model}; TSC {ghz:0.000} GHz (measured)");
var figures = new List<HostFigure>();
foreach (var report in summary.Reports)
{
    var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    if (report.ResultStatistics is not { } s || !HostBenchmarks.RowNames.TryGetValue(method, out var row))
    {
        Console.Error.WriteLine($"testbed host: {method} produced no result");
        return 1;
    }
    var error = double.IsFinite(s.ConfidenceInterval.Margin) ? s.ConfidenceInterval.Margin : 0;
    var stddev = double.IsFinite(s.StandardDeviation) ? s.StandardDeviation : 0;
    figures.Add(new HostFigure(row, HostFigure.Nanoseconds, s.N, s.Min, s.Median, s.Max, s.Mean, error, stddev, cpu));
    figures.Add(new HostFigure(row, HostFigure.Cycles, s.N, s.Min * ghz, s.Median * ghz, s.Max * ghz, s.Mean * ghz, error * ghz, stddev * ghz, cpu));
}
using (var writer = new StreamWriter(Path.Combine(output, HostCsv.FileName)))
    HostCsv.Write(writer, figures.OrderBy(f => f.Unit).ThenBy(f => HostBenchmarks.RowNames.Values.ToList().IndexOf(f.Benchmark)));
Console.WriteLine($"testbed host: wrote {figures.Count} figures to {Path.Combine(output, HostCsv.FileName)}");
return 0;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
