using ScottPlot;
using ScottPlot.TickGenerators;

namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// Ratio bars with targets: one row per comparison, a horizontal bar from 1 to the ratio
/// measured here (log scale: a ratio of 0.1 and one of 10 are equally long), in the colour
/// of the kernel the ratio is about, its value at the bar's end; the paper's ratio as a black
/// diamond on the same row; the target bound as a black tick with the side that passes
/// shaded. A comparison not measured is a row with its label and no bar.
/// </summary>
public sealed record RatioBarChart(string Name, string Title, ChartCaption Caption, IReadOnlyList<RatioBarChart.Item> Items) : IChart
{
    /// <summary>One comparison. <paramref name="Kernel"/> picks the bar's colour; <paramref name="Sense"/> is the target's "&lt;=" or "&gt;=".</summary>
    public sealed record Item(string Label, double? Measured, double? Paper, double? Target, string Sense, string Kernel, string Status);

    public string ValueAxis { get; init; } = "ratio (measured here or in the paper; 1 = same cost)";

    public int Width { get; init; } = 1400;
    public int Height => 190 + 34 * Math.Max(Items.Count, 3);

    public Plot Render()
    {
        var plot = ChartFrame.Create(Title, Caption);
        var count = Items.Count;
        var values = Items.SelectMany(i => new[] { i.Measured, i.Paper, i.Target }).OfType<double>().Where(v => v > 0).Append(1).ToList();
        var (low, high) = LogAxis.Decades(values);
        low = Math.Min(low, -1);
        high = Math.Max(high, 1);

        // Row 0 at the top: y = count - 1 - index.
        double Row(int index) => count - 1 - index;
        var bars = new List<Bar>();
        var labels = new List<(string Text, double X, double Y, bool Right, bool Status)>();
        var ticks = new List<(double X, double Y)>();
        var diamonds = new List<(double X, double Y)>();
        for (var i = 0; i < count; i++)
        {
            var item = Items[i];
            var y = Row(i);
            if (item.Target is { } target && target > 0)
            {
                var t = LogAxis.ToAxis(target);
                (double, double) pass = item.Sense.StartsWith('<') ? (low, t) : (t, high);
                var band = plot.Add.Rectangle(pass.Item1, pass.Item2, y - 0.45, y + 0.45);
                band.FillColor = Color.FromHex("#56B4E9").WithAlpha(0.16);
                band.LineWidth = 0;
                ticks.Add((t, y));
            }
            // The value (or the status) goes beyond the outermost mark on its side, so it never sits on a target tick or a diamond.
            var marks = new[] { item.Target, item.Paper }.OfType<double>().Where(m => m > 0).Select(LogAxis.ToAxis).ToList();
            if (item.Measured is { } measured && measured > 0)
            {
                var v = LogAxis.ToAxis(measured);
                bars.Add(new Bar
                {
                    Position = y, Value = v, ValueBase = 0, Size = 0.6, Orientation = Orientation.Horizontal,
                    FillColor = KernelPalette.ColorOf(item.Kernel), LineWidth = 0,
                });
                var right = v >= 0;
                var at = right ? marks.Where(m => m >= v && m - v < 0.25).Append(v).Max() : marks.Where(m => m <= v && v - m < 0.25).Append(v).Min();
                labels.Add((Format(measured), at, y, right, false));
            }
            else
            {
                var right = !marks.Any(m => m >= 0);
                labels.Add((item.Status, right ? marks.Append(0).Max() : marks.Append(0).Min(), y, right, true));
            }
            if (item.Paper is { } paper && paper > 0)
                diamonds.Add((LogAxis.ToAxis(paper), y));
        }
        // Bars, then over them: target ticks, the papers' diamonds, the values.
        plot.Add.Bars(bars);
        foreach (var (x, y) in ticks)
        {
            var mark = plot.Add.Line(x, y - 0.42, x, y + 0.42);
            mark.LineWidth = 3;
            mark.LineColor = Colors.Black;
            mark.MarkerSize = 0;
        }
        foreach (var (x, y) in diamonds)
        {
            var marker = plot.Add.Marker(x, y, MarkerShape.OpenDiamond, 14, KernelPalette.Paper);
            marker.LineWidth = 2.5f;
        }
        foreach (var (text, x, y, right, status) in labels)
        {
            var label = plot.Add.Text(text, x, y);
            label.LabelFontSize = 12;
            label.LabelItalic = status;
            label.LabelFontColor = status ? Colors.DimGray : Colors.Black;
            label.LabelAlignment = right ? Alignment.MiddleLeft : Alignment.MiddleRight;
            label.OffsetX = right ? 12 : -12;
        }
        var one = plot.Add.VerticalLine(0, 1, Colors.Gray);
        one.LinePattern = LinePattern.Dashed;

        plot.Axes.Left.TickGenerator = new NumericManual(
            Enumerable.Range(0, count).Select(Row).ToArray(), Items.Select(i => i.Label).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinimumSize = 8 * Items.Select(i => i.Label.Length).DefaultIfEmpty(10).Max() + 20;
        // Each comparison's status in the right margin: what the bar and the tick mean together.
        plot.Axes.Right.TickGenerator = new NumericManual(
            Enumerable.Range(0, count).Select(Row).ToArray(), Items.Select(i => i.Status).ToArray());
        plot.Axes.Right.MajorTickStyle.Length = 0;
        plot.Axes.Right.TickLabelStyle.FontSize = ChartFontSizes.Tick;
        plot.Axes.Right.Label.Text = "";
        plot.Axes.Right.MinimumSize = 8 * Items.Select(i => i.Status.Length).DefaultIfEmpty(4).Max() + 24;
        plot.Axes.Bottom.TickGenerator = LogAxis.Ticks(low, high);
        plot.Axes.Bottom.Label.Text = $"{ValueAxis} (log scale)";
        plot.Axes.SetLimits(low, high, -0.7, count - 0.3);
        plot.Axes.SetLimitsY(-0.7, count - 0.3, plot.Axes.Right);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        var kernels = Items.Where(i => i.Measured is > 0).Select(i => i.Kernel).Distinct().ToList();
        var legend = kernels.Select(k => ChartFrame.BoxItem($"measured here: {k}", KernelPalette.ColorOf(k))).ToList();
        legend.Add(ChartFrame.MarkerItem("paper's ratio", MarkerShape.OpenDiamond, KernelPalette.Paper));
        legend.Add(ChartFrame.LineItem("target bound (shaded side passes)", Colors.Black));
        plot.Legend.ManualItems.AddRange(legend);
        plot.ShowLegend(Edge.Top);
        plot.Legend.Orientation = Orientation.Horizontal;
        return plot;
    }

    static string Format(double ratio) => ratio.ToString(ratio >= 10 ? "0.#" : "0.###", System.Globalization.CultureInfo.InvariantCulture);

    public void WriteData(TextWriter writer) => ChartCsv.Write(writer, ["comparison", "kernel", "measured", "paper", "target", "status"],
        Items.Select(i => new object?[] { i.Label, i.Kernel, i.Measured, i.Paper, i.Target is null ? null : $"{i.Sense} {LogAxis.Label(i.Target.Value)}", i.Status }));
}
