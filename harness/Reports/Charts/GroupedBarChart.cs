using ScottPlot;
using ScottPlot.TickGenerators;

namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// Grouped bars: one group per quantity (a cost), one bar per series (a kernel) in its
/// kernel's colour, the value printed above each bar. Optional per bar: an error bar, and a
/// paper figure drawn as a black diamond at the bar's position. A log scale when the
/// values span decades. A missing value is no bar (the caption says so).
/// </summary>
public sealed record GroupedBarChart(
    string Name, string Title, string ValueAxis, ChartCaption Caption,
    IReadOnlyList<string> Groups, IReadOnlyList<string> Series, double?[,] Values) : IChart
{
    /// <summary>Half-widths of error bars, same shape as <see cref="Values"/>; null for none.</summary>
    public double?[,]? Errors { get; init; }

    /// <summary>The paper's figure for a bar, same shape as <see cref="Values"/>; null for none.</summary>
    public double?[,]? Paper { get; init; }

    public string PaperLabel { get; init; } = "paper figure";

    public int Width { get; init; } = 1500;
    public int Height { get; init; } = 800;

    public bool LogScale => LogAxis.Spans(AllValues());

    IEnumerable<double> AllValues()
    {
        foreach (var grid in new[] { Values, Paper })
            if (grid is not null)
                foreach (var v in grid)
                    if (v is { } value)
                        yield return value;
    }

    public Plot Render()
    {
        var plot = ChartFrame.Create(Title, Caption);
        var log = LogScale;
        double Y(double v) => log ? LogAxis.ToAxis(v) : v;
        var n = Series.Count;
        var slot = 0.8 / Math.Max(n, 1);
        var bars = new List<Bar>();
        var paperPoints = new List<Coordinates>();
        var labelSize = n > 4 ? 10f : 12f;

        var labels = new List<(string Text, double X, double Y)>();
        var errorBars = new List<(double X, double Low, double High)>();
        for (var g = 0; g < Groups.Count; g++)
            for (var s = 0; s < n; s++)
            {
                var x = g - 0.4 + slot * (s + 0.5);
                if (Values[g, s] is { } v && (v > 0 || !log))
                {
                    var bar = new Bar
                    {
                        Position = x, Value = Y(v), ValueBase = log ? Y(Floor()) : 0, Size = slot * 0.92,
                        FillColor = KernelPalette.ColorOf(Series[s]), LineWidth = 0,
                    };
                    bars.Add(bar);
                    var labelAt = bar.Value;
                    if (Errors?[g, s] is { } error && error > 0)
                    {
                        errorBars.Add((x, log && v - error <= 0 ? bar.ValueBase : Y(v - error), Y(v + error)));
                        labelAt = Y(v + error);
                    }
                    // Above the bar, its error bar and a paper diamond close over it, so the value never sits on a mark.
                    if (Paper?[g, s] is { } near && near > 0 && Math.Abs(Y(near) - labelAt) < (log ? 0.35 : labelAt * 0.2))
                        labelAt = Math.Max(labelAt, Y(near)) + (log ? 0.12 : labelAt * 0.04);
                    labels.Add((LogAxis.Label(Rounded(v)), x, labelAt));
                }
                if (Paper?[g, s] is { } paper && (!log || paper > 0))
                    paperPoints.Add(new Coordinates(x, Y(paper)));
            }

        // Bars, then what is drawn over them: error bars, the values above, the paper's diamonds.
        var barPlot = plot.Add.Bars(bars);
        barPlot.LegendText = "";
        foreach (var (x, low, high) in errorBars)
            ErrorBar(plot, x, slot * 0.3, low, high);
        foreach (var (text, x, y) in labels)
        {
            var label = plot.Add.Text(text, x, y);
            label.LabelFontSize = labelSize;
            label.LabelRotation = -90;
            label.LabelAlignment = Alignment.MiddleLeft;
            label.OffsetY = -4;
        }
        foreach (var point in paperPoints)
        {
            var marker = plot.Add.Marker(point, MarkerShape.OpenDiamond, 14, KernelPalette.Paper);
            marker.LineWidth = 2.5f;
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual(
            Enumerable.Range(0, Groups.Count).Select(g => (double)g).ToArray(), Groups.ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = ChartFontSizes.Tick;
        if (Groups.Max(g => g.Length) * Groups.Count > Width / 9)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 8 * Groups.Max(g => g.Length) + 20;
        }
        plot.Axes.Left.Label.Text = log ? $"{ValueAxis} (log scale)" : ValueAxis;
        plot.Axes.SetLimitsX(-0.6, Groups.Count - 0.4);
        if (log)
        {
            var (low, high) = LogAxis.Decades(AllValues());
            low = Math.Min(low, (int)Math.Round(Y(Floor())));
            plot.Axes.Left.TickGenerator = LogAxis.Ticks(low, high + 1);
            plot.Axes.SetLimitsY(low, high + 1);
        }
        else
        {
            var top = AllValues().DefaultIfEmpty(1).Max();
            plot.Axes.SetLimitsY(0, top * 1.25);
        }
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;

        var legend = Series.Select(s => ChartFrame.BoxItem(s, KernelPalette.ColorOf(s))).ToList();
        if (paperPoints.Count > 0)
            legend.Add(ChartFrame.MarkerItem(PaperLabel, MarkerShape.OpenDiamond, KernelPalette.Paper));
        plot.Legend.ManualItems.AddRange(legend);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.TightHorizontalWrapping = true;
        return plot;
    }

    /// <summary>An error bar drawn as lines (ScottPlot's bar errors are symmetric in axis units, which a log axis is not).</summary>
    internal static void ErrorBar(Plot plot, double x, double halfWidth, double low, double high)
    {
        foreach (var (x1, y1, x2, y2) in new[] { (x, low, x, high), (x - halfWidth, low, x + halfWidth, low), (x - halfWidth, high, x + halfWidth, high) })
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.LineColor = Colors.Black;
            line.LineWidth = 1.5f;
            line.MarkerSize = 0;
        }
    }

    /// <summary>The bars' base on a log scale: the power of ten at or below the smallest value.</summary>
    double Floor() => Math.Pow(10, LogAxis.Decades(AllValues()).Low);

    static double Rounded(double v) => v >= 100 ? Math.Round(v) : Math.Round(v, v >= 10 ? 1 : 2);

    public void WriteData(TextWriter writer) => ChartCsv.Write(writer, ["group", "series", "value", "error", "paper"],
        from g in Enumerable.Range(0, Groups.Count)
        from s in Enumerable.Range(0, Series.Count)
        where Values[g, s] is not null || Paper?[g, s] is not null
        select new object?[] { Groups[g], Series[s], Values[g, s], Errors?[g, s], Paper?[g, s] });
}
