using Testbed.Harness.CycleModel;

namespace Testbed.Harness.Cli;

/// <summary>
/// <c>testbed sweep compare --param NAME=VALUES ...</c>: the papers' comparisons under a cycle
/// model with some of its costs varied (docs/cycle-model.md, "Sweeps"). Each kernel boots once
/// under the model; every point of the sweep reweights the same counts, so only cache and TLB
/// geometry would need new boots. The pipeline is <see cref="SweepRun"/>.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CliContext context)
    {
        var kernels = CommandOptions.Kernels("Kernels to boot (default: every kernel the chosen comparisons need)");
        var parameters = new Option<string[]>("--param")
        {
            HelpName = "NAME=FROM..TO|V1,V2,...",
            Description = "A cost of the model to vary, e.g. syscall=50..800 (8 even steps) or cr3-write=100,300,600; the first is the charts' x axis, the others make their lines",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var model = new Option<string>("--model")
        {
            HelpName = "NAME",
            Description = "The cycle model whose costs are varied (cycle-model/models/NAME.model)",
            DefaultValueFactory = _ => "skylake",
        };
        var comparison = new Option<string[]>("--comparison")
        {
            HelpName = "ID",
            Description = "A comparison of papers/comparisons.csv to sweep (default: every one whose sides are kernels' figures)",
        };
        var steps = CommandOptions.OptionalCount("--steps", "N", $"Values of a FROM..TO range (default {SweepParameter.DefaultSteps})");
        var iterations = CommandOptions.Iterations(BenchCommand.DefaultIterations);
        var output = CommandOptions.Folder("--out", "Where sweep.csv and the charts go (default: results/sweep/<model>/)");
        var timeout = CommandOptions.Timeout(defaultSeconds: 300);

        var compare = new Command("compare", "The comparisons' ratios against a model's costs: one boot per kernel, then arithmetic")
        {
            kernels, parameters, model, comparison, steps, iterations, output, timeout,
        };
        compare.SetAction((parse, cancellation) => CommandGuard.RunAsync(context.Terminal, () =>
        {
            var cpuModel = ModelOption.Resolve(parse.GetValue(model), context)!;
            var swept = (parse.GetValue(parameters) ?? []).Select(p => SweepParameter.Parse(p, cpuModel, parse.GetValue(steps) ?? SweepParameter.DefaultSteps)).ToList();
            if (swept.Select(p => p.Cost).Distinct().Count() != swept.Count)
                throw new BadUsageException("--param: each cost may be swept once");
            return new SweepRun(context, cpuModel, swept)
            {
                Kernels = parse.GetValue(kernels) ?? [],
                ComparisonIds = parse.GetValue(comparison) ?? [],
                Iterations = parse.GetValue(iterations),
                OutputFolder = parse.GetValue(output)?.FullName,
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
            }.RunAsync(cancellation);
        }));
        return new Command("sweep", "Vary a cycle model's costs without booting again (docs/cycle-model.md)") { compare };
    }
}
