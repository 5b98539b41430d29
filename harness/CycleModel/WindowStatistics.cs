namespace Testbed.Harness.CycleModel;

/// <summary>
/// Statistics over a group's windows, counted by their multiplicity and taken as the
/// kernels take theirs (common/guest/Measure/Summary.cs): min, max and the median, the mean
/// of the middle two for an even count.
/// </summary>
public static class WindowStatistics
{
    /// <summary>A window's instructions: the sum of the plugin's instruction classes (insn.*).</summary>
    public static ulong Instructions(IReadOnlyList<string> counters, ulong[] counts)
    {
        ulong sum = 0;
        for (int i = 0; i < counters.Count; i++)
            if (counters[i].StartsWith("insn.", StringComparison.Ordinal)) sum += counts[i];
        return sum;
    }

    /// <summary>Each counter of <paramref name="window"/> less <paramref name="calibration"/>'s, no lower than 0.</summary>
    public static ulong[] LessCalibration(ulong[] window, ulong[] calibration)
    {
        var result = new ulong[window.Length];
        for (int i = 0; i < window.Length; i++)
            result[i] = i < calibration.Length && calibration[i] < window[i] ? window[i] - calibration[i] : i < calibration.Length ? 0 : window[i];
        return result;
    }

    /// <summary>The counts of a group's windows, with the calibration subtracted or not.</summary>
    public static IEnumerable<WindowCounts> Windows(WindowGroup group, bool calibrated) =>
        group.Distinct.Select(w => calibrated ? w with { Counts = LessCalibration(w.Counts, group.Calibration) } : w);

    /// <summary>n, min, median and max of values weighted by multiplicity; the median as the kernels compute it, in whole units.</summary>
    public static (ulong N, ulong Min, ulong Median, ulong Max) OfWhole(IEnumerable<(ulong Value, ulong Multiplicity)> values)
    {
        var (n, min, lower, upper, max) = Order(values);
        return (n, min, n % 2 == 1 ? upper : (lower + upper) / 2, max);
    }

    /// <summary>The same over fractional values (modelled cycles): the median of an even count is the exact mean of the middle two.</summary>
    public static (ulong N, double Min, double Median, double Max) Of(IEnumerable<(double Value, ulong Multiplicity)> values)
    {
        var (n, min, lower, upper, max) = Order(values);
        return (n, min, (lower + upper) / 2, max);
    }

    // The count, the ends and the middle two (the same one for an odd count) in value order.
    static (ulong N, T Min, T Lower, T Upper, T Max) Order<T>(IEnumerable<(T Value, ulong Multiplicity)> values)
    {
        var sorted = values.Where(v => v.Multiplicity > 0).OrderBy(v => v.Value).ToList();
        ulong n = 0;
        foreach (var v in sorted) n += v.Multiplicity;
        if (n == 0) return default;
        return (n, sorted[0].Value, At(sorted, (n - 1) / 2), At(sorted, n / 2), sorted[^1].Value);
    }

    static T At<T>(List<(T Value, ulong Multiplicity)> sorted, ulong index)
    {
        foreach (var (value, multiplicity) in sorted)
        {
            if (index < multiplicity) return value;
            index -= multiplicity;
        }
        throw new ArgumentOutOfRangeException(nameof(index));
    }
}
