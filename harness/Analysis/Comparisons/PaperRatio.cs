namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// The ratio a paper reports for the same comparison, kept as the paper's two figures
/// (<c>87/437</c>) so a reader can check it against the reference table, or as one number.
/// </summary>
public sealed record PaperRatio(double Numerator, double Denominator)
{
    public double Value => Numerator / Denominator;

    /// <summary>Null for an empty cell: not every comparison has a paper figure.</summary>
    public static PaperRatio? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var parts = text.Split('/');
        if (parts.Length > 2)
            throw new FormatException($"paper ratio '{text.Trim()}' must be a number or a/b");
        var numerator = Number(parts[0], text);
        var denominator = parts.Length == 2 ? Number(parts[1], text) : 1;
        if (denominator == 0)
            throw new FormatException($"paper ratio '{text.Trim()}' divides by zero");
        return new PaperRatio(numerator, denominator);
    }

    static double Number(string part, string whole) =>
        double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"paper ratio '{whole.Trim()}': '{part.Trim()}' is not a number");

    public override string ToString() => Denominator == 1 ? Quantity.Format(Numerator) : $"{Quantity.Format(Numerator)}/{Quantity.Format(Denominator)}";
}
