namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// One row of papers/comparisons.csv: a ratio Testbed measures (numerator over
/// denominator), the bound it should meet, and what the paper reported for it.
/// </summary>
public sealed record Comparison(
    string Id,
    string Description,
    Quantity Numerator,
    Quantity Denominator,
    Target Target,
    PaperRatio? PaperRatio,
    string PaperFigures,
    string Citation)
{
    /// <summary>Every measurement this comparison needs.</summary>
    public IEnumerable<MeasurementRef> Measurements => Numerator.Measurements.Concat(Denominator.Measurements);

    /// <summary>
    /// Both sides are measured figures (no constant of a paper's, whose unit is the paper's):
    /// only such a comparison can be evaluated in another unit, e.g. modelled cycles.
    /// </summary>
    public bool MeasuresBothSides => Numerator.Measurements.Any() && Denominator.Measurements.Any();

    /// <summary>The kernels whose benchmarks it needs.</summary>
    public IEnumerable<string> Kernels => Measurements.Select(m => m.Kernel).Distinct();
}
