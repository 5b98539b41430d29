using ScottPlot;
using ScottPlot.TickGenerators;

namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// A log10 axis for ScottPlot, which draws linear axes only: values are plotted as their
/// log10, and the ticks are placed at powers of ten (labelled with the value) with minor
/// ticks at 2..9 times each. <see cref="Spans"/> says when a chart should use one.
/// </summary>
public static class LogAxis
{
    /// <summary>Whether the positive values span more than two decades (a linear axis would flatten the small ones).</summary>
    public static bool Spans(IEnumerable<double> values)
    {
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToList();
        return positive.Count > 1 && positive.Max() / positive.Min() > 100;
    }

    public static double ToAxis(double value) => Math.Log10(value);

    /// <summary>The decades [floor(log10 min), ceil(log10 max)] that hold the values, at least one decade.</summary>
    public static (int Low, int High) Decades(IEnumerable<double> values)
    {
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).DefaultIfEmpty(1).ToList();
        var low = (int)Math.Floor(Math.Log10(positive.Min()) + 1e-9);
        var high = (int)Math.Ceiling(Math.Log10(positive.Max()) - 1e-9);
        return (low, Math.Max(high, low + 1));
    }

    public static NumericManual Ticks(int lowDecade, int highDecade)
    {
        var ticks = new List<Tick>();
        for (var decade = lowDecade; decade <= highDecade; decade++)
        {
            ticks.Add(new Tick(decade, Label(Math.Pow(10, decade)), isMajor: true));
            if (decade == highDecade)
                break;
            for (var k = 2; k <= 9; k++)
                ticks.Add(new Tick(decade + Math.Log10(k), "", isMajor: false));
        }
        return new NumericManual(ticks.ToArray());
    }

    /// <summary>A tick or value label: 0.01, 0.1, 1, 10, 1,000, 100,000, 1e7 from ten million.</summary>
    public static string Label(double value) => value switch
    {
        >= 1e7 => value.ToString("0.#e0", CultureInfo.InvariantCulture),
        >= 1 => value.ToString("#,0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
