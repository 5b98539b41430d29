using Testbed.Harness.Analysis;
using Testbed.Harness.Protocol;

namespace Testbed.Harness.CycleModel;

/// <summary>
/// A boot's figures under a cycle model: for each bench record, its modelled figure or why
/// there is none, and the rows they make (unit cycles-model, mode tcg-icount+name@version).
/// </summary>
public sealed class ModelledBoot(CpuModel model, PluginOutput output, IReadOnlyList<MatchedRecord> matches)
{
    public CpuModel Model { get; } = model;
    public PluginOutput Output { get; } = output;
    public IReadOnlyList<MatchedRecord> Matches { get; } = matches;

    public static ModelledBoot From(CpuModel model, PluginOutput output, IReadOnlyList<BenchRecord> records)
    {
        foreach (var counter in output.Counters) model.CostOf(counter);      // every counter must have a cost
        return new ModelledBoot(model, output, RecordMatch.All(records, output));
    }

    /// <summary>The same counts under other costs (a sweep point): nothing is booted again.</summary>
    public ModelledBoot Under(CpuModel model) => new(model, Output, Matches);

    public IReadOnlyList<ModelledFigure> Figures =>
        Matches.Where(m => m.Group is not null).Select(m => ModelledFigure.Of(m, Output.Counters, Model)).ToList();

    public IEnumerable<MatchedRecord> NotModelled => Matches.Where(m => m.Group is null);

    /// <summary>One row per modelled record (its figure, as <see cref="Figures"/>); min and max rounded to whole cycles, the median to a tenth.</summary>
    public IReadOnlyList<BenchRow> Rows(string kernel) =>
        Matches.Where(m => m.Group is not null).Zip(Figures)
            .Select(x => new BenchRow(kernel, x.Second.Benchmark, CpuModel.Unit, Model.Mode, x.Second.N,
                (ulong)Math.Round(x.Second.Min), Math.Round(x.Second.Median, 1), (ulong)Math.Round(x.Second.Max), x.First.Record.Definition ?? ""))
            .ToList();
}
