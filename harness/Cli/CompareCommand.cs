namespace Testbed.Harness.Cli;

/// <summary>
/// <c>testbed compare [kernels...]</c>: bench every kernel in one run, evaluate
/// papers/comparisons.csv against the measurements, write CSV and charts.
/// The pipeline is <see cref="CompareRun"/>; this file is only its command line.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var kernels = CommandOptions.Kernels("Kernels to bench (default: every built kernel under kernels/ with a Benchmarks/ folder)");
        var iterations = CommandOptions.Iterations(BenchCommand.DefaultIterations);
        var csv = CommandOptions.File("--csv",
            "Also write the measurements (kernel,benchmark,unit,mode,n,min,median,max,def) to FILE");
        var output = CommandOptions.Folder("--out",
            "Where measurements.csv, comparisons.csv and the charts go (default: results/compare/ in the checkout; with --model, results/compare/<model>/)");
        var comparisons = CommandOptions.File("--comparisons",
            $"The comparisons to evaluate (default: {ComparisonFile.DefaultPath}); the cost chart is the costs.csv beside it");
        var accel = CommandOptions.Accel("tcg", "tcg", "kvm");
        var timeout = CommandOptions.Timeout(defaultSeconds: 300);
        var append = CommandOptions.Append(
            "More command line words for every kernel's bench boot, after iterations=N (and drivers)");
        var baseline = CommandOptions.Folder("--baseline",
            "Compare every figure's median with DIR/measurements.csv (e.g. results/compare) and exit 10 if one moved " +
            "beyond its tolerance column or a reference row of the benched kernels was not measured");
        var noDrivers = CommandOptions.Flag("--no-drivers",
            "Leave out the driver workloads: without it, the word \"drivers\" is added for every kernel whose " +
            "vocabulary (vocabulary.txt of its build) has it; with it, only the IPC, call and process figures");

        var host = CommandOptions.File("--host",
            $"Show the host's own figures from FILE (a host.csv of testbed host) as \"host, real hardware\" " +
            $"(default: {HostCommand.DefaultFolder}/{Testbed.Harness.HostFigures.HostCsv.FileName} if present). " +
            "compare never runs the host benchmarks itself (minutes of BenchmarkDotNet): run testbed host first");

        var model = ModelOption.Create();

        var command = new Command("compare",
            "Bench every kernel, evaluate the papers' comparisons (papers/comparisons.csv), write CSV and charts (PNG, SVG)")
        {
            kernels, iterations, csv, output, comparisons, accel, timeout, append, noDrivers, baseline, host, model,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(model) is not null && result.GetValue(accel) == "kvm")
                result.AddError("--model needs TCG with icount; it cannot be combined with --accel kvm");
        });
        command.SetAction((parse, cancellation) => CommandGuard.RunAsync(context.Terminal, () =>
            new CompareRun(context, new CompareRun.Options(
                Kernels: parse.GetValue(kernels) ?? [],
                Iterations: parse.GetValue(iterations),
                Csv: parse.GetValue(csv)?.FullName,
                OutputFolder: parse.GetValue(output)?.FullName,
                ComparisonsFile: parse.GetValue(comparisons)?.FullName,
                Accel: AccelRequests.Parse(parse.GetValue(accel)!),
                Timeout: TimeSpan.FromSeconds(parse.GetValue(timeout)))
            {
                Append = parse.GetValue(append),
                Drivers = !parse.GetValue(noDrivers),
                BaselineFolder = parse.GetValue(baseline)?.FullName,
                HostFile = parse.GetValue(host)?.FullName,
                Model = ModelOption.Resolve(parse.GetValue(model), context),
            }).RunAsync(cancellation)));
        return command;
    }
}
