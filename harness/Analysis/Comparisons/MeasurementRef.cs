namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// One figure of one measurement, written <c>kernel:benchmark:stat</c> in papers/*.csv
/// (stat is min, median, max or n), e.g. <c>l4-style:ipc.roundtrip.inter-as:median</c>.
/// </summary>
public sealed record MeasurementRef(string Kernel, string Benchmark, string Stat)
{
    public static readonly IReadOnlyList<string> Stats = ["min", "median", "max", "n"];

    public static MeasurementRef Parse(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || p.Any(char.IsWhiteSpace)))
            throw new FormatException($"'{text.Trim()}' is not kernel:benchmark:stat");
        if (!Stats.Contains(parts[2]))
            throw new FormatException($"'{text.Trim()}': stat must be {string.Join(", ", Stats)}, not '{parts[2]}'");
        return new MeasurementRef(parts[0], parts[1], parts[2]);
    }

    /// <summary>This figure of <paramref name="row"/>.</summary>
    public double Of(BenchRow row) => Stat switch
    {
        "min" => row.Min,
        "max" => row.Max,
        "n" => row.N,
        _ => row.Median,
    };

    public override string ToString() => $"{Kernel}:{Benchmark}:{Stat}";
}
