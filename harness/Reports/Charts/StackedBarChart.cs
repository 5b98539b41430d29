using ScottPlot;
using ScottPlot.TickGenerators;

namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// Stacked outcome bars: one bar per category (a kernel, or a kernel and fault type), split
/// into segments (the outcomes of a fault-injection campaign: recovered, crashed, hung ...)
/// in the order given, each segment's count printed inside it, or beside the bar when the segment is thin. With
/// <see cref="AsPercent"/> every bar is scaled to 100 %.
/// </summary>
public sealed record StackedBarChart(
    string Name, string Title, string ValueAxis, ChartCaption Caption,
    IReadOnlyList<string> Categories, IReadOnlyList<string> Segments, double[,] Counts) : IChart
{
    public bool AsPercent { get; init; }

    /// <summary>Segment colours, by segment name; segments not named get the spare colours in order.</summary>
    public IReadOnlyDictionary<string, Color> SegmentColors { get; init; } = new Dictionary<string, Color>();

    public int Width { get; init; } = 1200;
    public int Height { get; init; } = 700;

    static readonly Color[] Default =
    [
        Color.FromHex("#009E73"), Color.FromHex("#D55E00"), Color.FromHex("#F0E442"),
        Color.FromHex("#56B4E9"), Color.FromHex("#CC79A7"), Color.FromHex("#7F7F7F"),
    ];

    Color ColorOf(int segment) => SegmentColors.TryGetValue(Segments[segment], out var c) ? c : Default[segment % Default.Length];

    public Plot Render()
    {
        var plot = ChartFrame.Create(Title, Caption);
        // Bars first, then the labels over them: a segment's count inside it when the segment is tall enough to hold it, the total above.
        var bars = new List<Bar>();
        var labels = new List<(string Text, double X, double Y, Alignment Alignment)>();
        var tops = new List<double>();
        for (var c = 0; c < Categories.Count; c++)
        {
            var total = Enumerable.Range(0, Segments.Count).Sum(s => Counts[c, s]);
            var scale = AsPercent && total > 0 ? 100 / total : 1;
            var sum = 0.0;
            for (var s = 0; s < Segments.Count; s++)
            {
                var value = Counts[c, s] * scale;
                if (value <= 0)
                    continue;
                bars.Add(new Bar { Position = c, ValueBase = sum, Value = sum + value, Size = 0.6, FillColor = ColorOf(s), LineWidth = 0 });
                labels.Add((Counts[c, s].ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), c, sum + value / 2, Alignment.MiddleCenter));
                sum += value;
            }
            tops.Add(sum);
            labels.Add(($"n = {total:0}", c, sum, Alignment.LowerCenter));
        }
        plot.Add.Bars(bars);
        var top = AsPercent ? 100 : tops.DefaultIfEmpty(1).Max();
        var segmentIndex = 0;
        foreach (var (text, x, y, alignment) in labels)
        {
            var isTotal = alignment == Alignment.LowerCenter;
            // A segment too thin to hold its count has it beside the bar, on the right.
            var beside = !isTotal && bars[segmentIndex++] is var bar && bar.Value - bar.ValueBase < top * 0.045;
            var label = plot.Add.Text(text, beside ? x + 0.3 : x, y);
            label.LabelFontSize = 12;
            label.LabelAlignment = beside ? Alignment.MiddleLeft : alignment;
            label.OffsetY = isTotal ? -4 : 0;
            label.OffsetX = beside ? 4 : 0;
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual(
            Enumerable.Range(0, Categories.Count).Select(c => (double)c).ToArray(), Categories.ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.Label.Text = AsPercent ? $"{ValueAxis} (% of each bar)" : ValueAxis;
        plot.Axes.SetLimits(-0.6, Categories.Count - 0.4, 0, top * 1.12);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Legend.ManualItems.AddRange(Enumerable.Range(0, Segments.Count).Select(s => ChartFrame.BoxItem(Segments[s], ColorOf(s))));
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    public void WriteData(TextWriter writer) => ChartCsv.Write(writer, ["category", "segment", "count"],
        from c in Enumerable.Range(0, Categories.Count)
        from s in Enumerable.Range(0, Segments.Count)
        select new object?[] { Categories[c], Segments[s], Counts[c, s] });
}
