namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// A numerator or denominator of a comparison: a sum of terms, each a constant, a
/// measurement, or a constant times a measurement, e.g.
/// <c>2*halcheck:syscall.null:median + halcheck:address-space.switch:median</c> (a round
/// trip's hardware floor) or <c>16384</c>. Enough for the floors the papers compare with;
/// anything more is a new measurement, not a formula.
/// </summary>
public sealed class Quantity
{
    public sealed record Term(double Factor, MeasurementRef? Measurement)
    {
        public override string ToString() => Measurement is null
            ? Format(Factor)
            : Factor == 1 ? Measurement.ToString() : $"{Format(Factor)}*{Measurement}";
    }

    public IReadOnlyList<Term> Terms { get; }

    Quantity(IReadOnlyList<Term> terms) => Terms = terms;

    public IEnumerable<MeasurementRef> Measurements => Terms.Select(t => t.Measurement).OfType<MeasurementRef>();

    public static Quantity Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new FormatException("empty quantity");
        return new Quantity(text.Split('+').Select(ParseTerm).ToList());
    }

    static Term ParseTerm(string text)
    {
        var term = text.Trim();
        if (term.Length == 0)
            throw new FormatException("a '+' without a term");
        var star = term.IndexOf('*');
        if (star >= 0)
            return new Term(Number(term[..star]), MeasurementRef.Parse(term[(star + 1)..]));
        return term.Contains(':') ? new Term(1, MeasurementRef.Parse(term)) : new Term(Number(term), null);
    }

    static double Number(string text)
    {
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        throw new FormatException($"'{text.Trim()}' is not a number");
    }

    /// <summary>The value, looking measurements up with <paramref name="lookup"/>; null if any is missing.</summary>
    public double? Evaluate(Func<MeasurementRef, double?> lookup)
    {
        double sum = 0;
        foreach (var term in Terms)
        {
            if (term.Measurement is null)
                sum += term.Factor;
            else if (lookup(term.Measurement) is { } value)
                sum += term.Factor * value;
            else
                return null;
        }
        return sum;
    }

    public override string ToString() => string.Join(" + ", Terms);

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
