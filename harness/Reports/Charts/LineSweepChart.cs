using ScottPlot;

namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// Line sweeps: a measured value against a swept parameter (message size, iterations, fault
/// rate), one line with markers per series in its kernel's colour, optional error bars.
/// Each axis is logarithmic when its values span decades.
/// </summary>
public sealed record LineSweepChart(
    string Name, string Title, string ParameterAxis, string ValueAxis, ChartCaption Caption,
    IReadOnlyList<LineSweepChart.Line> Lines) : IChart
{
    public sealed record Point(double X, double Y, double? Error = null);

    public sealed record Line(string Series, IReadOnlyList<Point> Points);

    /// <summary>Horizontal guide lines (a target, a bound), drawn dashed in grey with their label.</summary>
    public IReadOnlyList<Guide> Guides { get; init; } = [];

    public sealed record Guide(string Label, double Y);

    public int Width { get; init; } = 1200;
    public int Height { get; init; } = 700;

    public bool LogX => LogAxis.Spans(Lines.SelectMany(l => l.Points).Select(p => p.X));
    public bool LogY => LogAxis.Spans(Lines.SelectMany(l => l.Points).Select(p => p.Y));

    public Plot Render()
    {
        var plot = ChartFrame.Create(Title, Caption);
        bool logX = LogX, logY = LogY;
        double X(double x) => logX ? LogAxis.ToAxis(x) : x;
        double Y(double y) => logY ? LogAxis.ToAxis(y) : y;

        foreach (var line in Lines)
        {
            var points = line.Points.Where(p => (!logX || p.X > 0) && (!logY || p.Y > 0)).OrderBy(p => p.X).ToList();
            var color = KernelPalette.ColorOf(line.Series);
            var scatter = plot.Add.Scatter(points.Select(p => X(p.X)).ToArray(), points.Select(p => Y(p.Y)).ToArray(), color);
            scatter.LegendText = line.Series;
            scatter.LineWidth = 2.5f;
            scatter.MarkerSize = 8;
            foreach (var p in points.Where(p => p.Error is > 0))
            {
                var (lo, hi) = (p.Y - p.Error!.Value, p.Y + p.Error.Value);
                var bar = plot.Add.Line(X(p.X), logY && lo <= 0 ? Y(p.Y) : Y(lo), X(p.X), Y(hi));
                bar.LineColor = color;
                bar.LineWidth = 1.5f;
                bar.MarkerSize = 0;
            }
        }

        foreach (var guide in Guides)
        {
            var line = plot.Add.HorizontalLine(Y(guide.Y));
            line.LineColor = Colors.Gray;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 2;
            line.LegendText = guide.Label;
        }

        var all = Lines.SelectMany(l => l.Points).Concat(Guides.Select(g => new Point(0, g.Y))).ToList();
        plot.Axes.Bottom.Label.Text = logX ? $"{ParameterAxis} (log scale)" : ParameterAxis;
        plot.Axes.Left.Label.Text = logY ? $"{ValueAxis} (log scale)" : ValueAxis;
        if (logX)
        {
            var (low, high) = LogAxis.Decades(all.Select(p => p.X));
            plot.Axes.Bottom.TickGenerator = LogAxis.Ticks(low, high);
            plot.Axes.SetLimitsX(low, high);
        }
        if (logY)
        {
            var (low, high) = LogAxis.Decades(all.Select(p => p.Y));
            plot.Axes.Left.TickGenerator = LogAxis.Ticks(low, high);
            plot.Axes.SetLimitsY(low, high);
        }
        else if (all.Count > 0)
            plot.Axes.SetLimitsY(0, all.Max(p => p.Y + (p.Error ?? 0)) * 1.1);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    public void WriteData(TextWriter writer) => ChartCsv.Write(writer, ["series", "x", "y", "error"],
        Lines.SelectMany(l => l.Points.Select(p => new object?[] { l.Series, p.X, p.Y, p.Error }))
            .Concat(Guides.Select(g => new object?[] { g.Label, null, g.Y, null })));
}
