namespace Testbed.Harness.Analysis;

/// <summary>Min, median and max of a set of measurements.</summary>
public sealed record Summary(ulong N, ulong Min, double Median, ulong Max)
{
    /// <summary>Summarises <paramref name="values"/>; the median of an even count is the mean of the middle two.</summary>
    public static Summary Of(IEnumerable<ulong> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            throw new ArgumentException("cannot summarise no values", nameof(values));
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1
            ? sorted[middle]
            : ((double)sorted[middle - 1] + sorted[middle]) / 2;
        return new((ulong)sorted.Length, sorted[0], median, sorted[^1]);
    }
}
