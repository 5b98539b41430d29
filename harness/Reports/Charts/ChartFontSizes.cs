namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// Every chart's font sizes in points: larger than ScottPlot's defaults, so that a figure
/// shrunk to one column of a paper stays readable.
/// </summary>
public static class ChartFontSizes
{
    public const float Title = 18, AxisLabel = 15, Tick = 13, Caption = 12, Legend = 13;
}
