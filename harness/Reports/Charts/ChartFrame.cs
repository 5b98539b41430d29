using ScottPlot;
using ScottPlot.TickGenerators;

namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// What every chart shares: white background, title, the caption line along the bottom
/// edge (an extra bottom axis that holds only a label), the typeface and font sizes
/// (<see cref="ChartFonts"/>, <see cref="ChartFontSizes"/>).
/// </summary>
public static class ChartFrame
{
    public static Plot Create(string title, ChartCaption caption)
    {
        ChartFonts.Ensure();
        var plot = new Plot();
        plot.Title(title, ChartFontSizes.Title);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = ChartFontSizes.AxisLabel;
            axis.TickLabelStyle.FontSize = ChartFontSizes.Tick;
        }
        // Fewer, wider-spaced ticks than ScottPlot's default: readable when the figure is shrunk to a column.
        plot.Axes.Left.TickGenerator = new NumericAutomatic { TickDensity = 0.6 };
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { TickDensity = 0.6 };
        foreach (var line in caption.More.Prepend(caption.Text))
            AddCaptionLine(plot, line);
        plot.Legend.FontSize = ChartFontSizes.Legend;
        return plot;
    }

    // A caption line is the label of an empty bottom axis: ScottPlot stacks them under the plot.
    static void AddCaptionLine(Plot plot, string text)
    {
        var captionAxis = plot.Axes.AddBottomAxis();
        captionAxis.LabelText = text;
        captionAxis.LabelFontSize = ChartFontSizes.Caption;
        captionAxis.LabelStyle.Bold = false;
        captionAxis.LabelFontColor = Colors.DimGray;
        captionAxis.TickGenerator = new NumericManual();
        captionAxis.FrameLineStyle.Width = 0;
        captionAxis.MajorTickStyle.Length = 0;
        captionAxis.MinorTickStyle.Length = 0;
    }

    /// <summary>A legend entry for a filled box (bars) or a marker.</summary>
    public static LegendItem BoxItem(string label, Color fill) => new() { LabelText = label, FillColor = fill, LineWidth = 0 };

    public static LegendItem MarkerItem(string label, MarkerShape shape, Color color, float size = 10) =>
        new() { LabelText = label, MarkerShape = shape, MarkerSize = size, MarkerColor = color, MarkerFillColor = color, MarkerLineColor = color, LineWidth = 0 };

    public static LegendItem LineItem(string label, Color color, float width = 3) =>
        new() { LabelText = label, LineColor = color, LineWidth = width };
}
