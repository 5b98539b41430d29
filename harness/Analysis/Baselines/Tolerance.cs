namespace Testbed.Harness.Analysis.Baselines;

/// <summary>
/// How far a figure may move from its reference before the baseline check fails:
/// <c>exact</c> for icount figures that repeat to the instruction, or a band of ±N % for
/// figures that include host-timed device completions (disk, network). Written in the
/// reference CSV's <c>tolerance</c> column as <c>exact</c> or <c>±15%</c> (<c>+-15%</c> is read too).
/// </summary>
public readonly record struct Tolerance(double Percent)
{
    public static readonly Tolerance Exact = new(0);

    public bool IsExact => Percent == 0;

    /// <summary>Whether <paramref name="measured"/> is within this tolerance of <paramref name="reference"/>.</summary>
    public bool Allows(double reference, double measured) =>
        IsExact ? measured == reference : Math.Abs(measured - reference) <= Math.Abs(reference) * Percent / 100;

    public override string ToString() =>
        IsExact ? "exact" : "±" + Percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>Parses <c>exact</c>, <c>±N%</c>, <c>+-N%</c> or <c>N%</c>; null for anything else.</summary>
    public static Tolerance? TryParse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Equals("exact", StringComparison.OrdinalIgnoreCase))
            return Exact;
        if (!value.EndsWith('%'))
            return null;
        value = value[..^1];
        if (value.StartsWith('±')) value = value[1..];
        else if (value.StartsWith("+-", StringComparison.Ordinal)) value = value[2..];
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent >= 0 && double.IsFinite(percent)
            ? new Tolerance(percent)
            : null;
    }
}
