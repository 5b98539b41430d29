namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// Evaluates each comparison against the measured rows: the measured ratio, the verdict
/// against its target. Every comparison gets a result; one whose inputs are missing is
/// "not measured", never dropped, so a table of passes cannot hide what was not run; one
/// whose two sides measure different things (DefinitionRule) is refused, with the reason.
/// </summary>
public static class ComparisonEvaluator
{
    public static IReadOnlyList<ComparisonResult> Evaluate(IEnumerable<Comparison> comparisons, IEnumerable<BenchRow> rows)
    {
        var measurements = new Measurements(rows);
        return comparisons.Select(c => Evaluate(c, measurements)).ToList();
    }

    public static ComparisonResult Evaluate(Comparison comparison, Measurements measurements)
    {
        var result = EvaluateRatio(comparison, measurements);
        return result with
        {
            NumeratorDefinition = Definitions(comparison.Numerator, measurements),
            DenominatorDefinition = Definitions(comparison.Denominator, measurements),
        };
    }

    static string Definitions(Quantity side, Measurements measurements) =>
        string.Join("+", side.Measurements.Select(m => measurements.Find(m)?.Definition ?? "").Distinct());

    static ComparisonResult EvaluateRatio(Comparison comparison, Measurements measurements)
    {
        var needed = comparison.Measurements.ToList();
        var missing = needed.Where(m => measurements.Find(m) is null).Distinct().ToList();
        if (missing.Count > 0)
            return new(comparison, ComparisonStatus.NotMeasured, null, null, null, null, missing);

        // A count (stat n) has no unit of its own; every other figure must share one unit.
        var units = needed.Where(m => m.Stat != "n").Select(m => measurements.Find(m)!.Unit).Distinct().ToList();
        var unit = units.Count == 0 ? null : string.Join("/", units);
        var numerator = comparison.Numerator.Evaluate(measurements.Value)!.Value;
        var denominator = comparison.Denominator.Evaluate(measurements.Value)!.Value;
        if (units.Count > 1)
            return new(comparison, ComparisonStatus.UnitsDiffer, numerator, denominator, null, unit, []);
        if (DefinitionRule.Refusal(comparison, measurements) is { } refusal)
            return new(comparison, ComparisonStatus.DefinitionsDiffer, numerator, denominator, null, unit, []) { Refusal = refusal };
        if (Analysis.Ratio.Of(numerator, denominator) is not { } ratio)
            return new(comparison, ComparisonStatus.NoRatio, numerator, denominator, null, unit, []);
        var status = comparison.Target.IsMetBy(ratio) ? ComparisonStatus.Pass : ComparisonStatus.Fail;
        return new(comparison, status, numerator, denominator, ratio, unit, []);
    }
}
