using ScottPlot;

namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// One chart: the figure (a ScottPlot plot), its pixel size, and the data behind it as a
/// CSV table. <see cref="ChartFiles"/> writes the three files NAME.png, NAME.svg, NAME.csv.
/// </summary>
public interface IChart
{
    /// <summary>The file name without extension.</summary>
    string Name { get; }

    int Width { get; }
    int Height { get; }

    Plot Render();

    /// <summary>The numbers the chart shows, one row per drawn value, with a header.</summary>
    void WriteData(TextWriter writer);
}
