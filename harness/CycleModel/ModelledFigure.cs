namespace Testbed.Harness.CycleModel;

/// <summary>
/// One bench row in modelled cycles: every window's counts weighted by the model's costs,
/// summarised as the kernels summarise (min, median, max), and the counts of the median
/// window, so that a reader (and `testbed sweep`) sees what the cycles are made of.
/// </summary>
public sealed record ModelledFigure(string Benchmark, ulong N, double Min, double Median, double Max, IReadOnlyDictionary<string, ulong> MedianCounts)
{
    public static ModelledFigure Of(MatchedRecord match, IReadOnlyList<string> counters, CpuModel model)
    {
        var group = match.Group ?? throw new ArgumentException("a record without windows has no modelled figure", nameof(match));
        var costs = counters.Select(model.CostOf).ToArray();
        var windows = WindowStatistics.Windows(group, match.Calibrated).Select(w => (Cycles: Cycles(w.Counts, costs), w)).ToList();
        var stats = WindowStatistics.Of(windows.Select(x => (x.Cycles, x.w.Multiplicity)));
        // The median window: the lower middle one in cycle order.
        var ordered = windows.OrderBy(x => x.Cycles).ToList();
        ulong index = (stats.N - 1) / 2;
        var median = ordered[0].w;
        foreach (var (_, w) in ordered)
        {
            median = w;
            if (index < w.Multiplicity) break;
            index -= w.Multiplicity;
        }
        var counts = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (int i = 0; i < counters.Count; i++)
            if (median.Counts[i] != 0) counts[counters[i]] = median.Counts[i];
        return new ModelledFigure(match.Record.Name, stats.N, stats.Min, stats.Median, stats.Max, counts);
    }

    public static double Cycles(ulong[] counts, double[] costs)
    {
        double sum = 0;
        for (int i = 0; i < counts.Length; i++) sum += counts[i] * costs[i];
        return sum;
    }
}
