namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// Writes a chart as NAME.png, NAME.svg and NAME.csv (its data) into a folder, each file
/// atomically. Returns the paths written.
/// </summary>
public static class ChartFiles
{
    public static IReadOnlyList<string> Write(IChart chart, string folder)
    {
        ChartFonts.Ensure();
        var png = Path.Combine(folder, chart.Name + ".png");
        var svg = Path.Combine(folder, chart.Name + ".svg");
        var csv = Path.Combine(folder, chart.Name + ".csv");
        var plot = chart.Render();
        AtomicFile.WriteVia(png, temporary => plot.SavePng(temporary, chart.Width, chart.Height));
        AtomicFile.WriteVia(svg, temporary => plot.SaveSvg(temporary, chart.Width, chart.Height));
        AtomicFile.Write(csv, chart.WriteData);
        return [png, svg, csv];
    }
}
