namespace Testbed.Harness.CycleModel;

/// <summary>
/// One CPU of the cycle model (cycle-model/models/&lt;name&gt;.model, docs/cycle-model.md): the
/// geometry the QEMU plugin simulates (caches and TLBs, which need a new boot to change) and
/// the cost in cycles of each event the plugin counts (which need none: a window's modelled
/// cycles are the weighted sum of its counts, so `testbed sweep` reweights without booting).
/// </summary>
public sealed record CpuModel(
    string Name, int Version, string Cpu,
    IReadOnlyDictionary<string, ModelParameter> Costs,
    IReadOnlyList<ModelParameter> Geometry)
{
    /// <summary>The unit of every modelled figure.</summary>
    public const string Unit = "cycles-model";

    /// <summary>name@version, e.g. skylake@1: a figure names the exact model that made it.</summary>
    public string Label => $"{Name}@{Version}";

    /// <summary>The measurement mode written into results: TCG icount plus this model.</summary>
    public string Mode => $"tcg-icount+{Label}";

    /// <summary>The cost of one event of <paramref name="counter"/>.</summary>
    public double CostOf(string counter) =>
        Costs.TryGetValue(counter, out var cost) ? cost.Value
            : throw new BadModelException($"model {Label} has no cost for the plugin's counter '{counter}'");

    /// <summary>The same model with some costs replaced (a sweep point); the label says so.</summary>
    public CpuModel WithCosts(IReadOnlyDictionary<string, double> replaced)
    {
        var costs = new Dictionary<string, ModelParameter>(Costs, StringComparer.Ordinal);
        foreach (var (name, value) in replaced)
        {
            if (!costs.TryGetValue(name, out var old))
                throw new BadModelException($"model {Label} has no cost named '{name}' (its costs: {string.Join(", ", Costs.Keys)})");
            costs[name] = old with { Value = value, Source = "swept" };
        }
        return this with { Costs = costs };
    }
}

/// <summary>A number of the model with the place it comes from (a table, a manual, a measurement).</summary>
public sealed record ModelParameter(string Name, double Value, string Source, int Line);

/// <summary>A model file that cannot be used (exit code 2, as bad usage: the user named or wrote it).</summary>
public sealed class BadModelException(string message) : Testbed.Harness.Outcomes.HarnessException(Testbed.Harness.Outcomes.ExitCodes.BadUsage, message);
