namespace Testbed.Harness.Analysis;

/// <summary>
/// Comparisons against a baseline. The papers' absolute numbers come from other machines
/// (and cycles are not instructions), so the testbed reproduces them as ratios
/// (docs/architecture.md, "Measurement"), e.g. an isolated kernel's IPC over the
/// unprotected nooks-style baseline.
/// </summary>
public static class Ratio
{
    /// <summary><paramref name="value"/> / <paramref name="baseline"/>; null when the baseline is zero.</summary>
    public static double? Of(double value, double baseline) => baseline == 0 ? null : value / baseline;

    /// <summary>How much more <paramref name="value"/> costs than <paramref name="baseline"/>, in percent (10 means 10% slower).</summary>
    public static double? OverheadPercent(double value, double baseline) => Of(value, baseline) is { } ratio ? (ratio - 1) * 100 : null;
}
