using Testbed.Harness.Analysis;
using Testbed.Harness.Analysis.Comparisons;
using Testbed.Harness.Reports.Gnuplot;

namespace Testbed.Tests.Reports;

public class GnuplotTests
{
    static CostChart Chart() => CostChart.Read(new StringReader("""
        cost,series,measurement
        null kernel call,monolithic (nooks-style off),nooks-style:syscall.null.off:median
        null kernel call,l4-style,l4-style:syscall.null:median
        frame echo,monolithic (nooks-style off),nooks-style:net.echo.off:median
        """), "costs.csv");

    static ComparisonResult Result(string id, double? ratio, string paper) =>
        new(new Comparison(id, "d", Quantity.Parse("1"), Quantity.Parse("1"), Target.Parse("<= 0.2"), PaperRatio.Parse(paper), "", ""),
            ratio is null ? ComparisonStatus.NotMeasured : ComparisonStatus.Pass, null, null, ratio, "instr", []);

    [Fact]
    public void CostsData_HasQuotedHeaderAndLabels_AndAMarkForWhatWasNotMeasured()
    {
        var chart = Chart();
        var values = chart.Evaluate([new BenchRow("nooks-style", "syscall.null.off", "instr", "tcg-icount", 1, 38, 38, 38)]);
        var writer = new StringWriter();

        CostsPlot.WriteData(writer, chart, values, "instr", "tcg-icount");

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal([
            "\"cost\" \"monolithic (nooks-style off)\" \"l4-style\"",
            "\"null kernel call\" 38 ?",
            "\"frame echo\" ? ?",
        ], lines);
    }

    [Fact]
    public void CostsScript_PlotsEverySeriesOfItsDataFile_OnALogScale()
    {
        var writer = new StringWriter();
        var chart = Chart();

        CostsPlot.WriteScript(writer, chart, chart.Evaluate([new BenchRow("nooks-style", "syscall.null.off", "instr", "tcg-icount", 1, 38, 38, 38)]), "instr", "tcg-icount");

        var script = writer.ToString();
        Assert.Contains("set logscale y", script);
        Assert.Contains("set datafile missing \"?\"", script);
        Assert.Contains($"set output \"{CostsPlot.ImageFile}\"", script);
        Assert.Contains("n = 2", script);
        Assert.Contains("set yrange [1:1000]", script);   // 38 x 3 rounded up to a power of ten
        Assert.Contains($"\"{CostsPlot.DataFile}\" using i:xtic(1)", script);
    }

    [Fact]
    public void RatiosData_HasMeasuredPaperAndTarget_AndNamesUnmeasuredRows()
    {
        var writer = new StringWriter();

        RatiosPlot.WriteData(writer, [Result("sip-call", 0.125, "87/437"), Result("channel", null, "")]);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal([
            "\"comparison\" \"measured here\" \"paper\" \"target\"",
            "\"sip-call\" 0.125 0.199085 0.2",
            "\"channel (not measured)\" ? ? 0.2",
        ], lines);
    }

    [Fact]
    public void AxisTop_LeavesRoomAboveTheTallestBar_ForItsLabel()
    {
        Assert.Equal(1e7, CostsPlot.AxisTop(new double?[,] { { 2_296_888, null } }));
        Assert.Equal(10, CostsPlot.AxisTop(new double?[,] { { null } }));
    }

    [Fact]
    public void Quote_ReplacesWhatGnuplotWouldReadAsSyntax()
    {
        Assert.Equal("\"a 'b' c/d e\"", GnuplotData.Quote("a \"b\" c\\d\ne"));
    }

    [Fact]
    public async Task Scripts_RunUnderGnuplot_AndMakePngs_WhenGnuplotIsInstalled()
    {
        // ./setup installs gnuplot-nox; without it this checks that its absence is detected.
        var gnuplot = GnuplotRunner.Locate();
        if (gnuplot is null)
        {
            Assert.False(File.Exists("/usr/bin/gnuplot"));
            return;
        }
        var folder = Directory.CreateTempSubdirectory("testbed-gnuplot-").FullName;
        try
        {
            var chart = Chart();
            var values = chart.Evaluate([new BenchRow("nooks-style", "syscall.null.off", "instr", "tcg-icount", 1, 38, 38, 38)]);
            File.WriteAllText(Path.Combine(folder, CostsPlot.DataFile), Write(w => CostsPlot.WriteData(w, chart, values, "instr", "tcg-icount")));
            File.WriteAllText(Path.Combine(folder, CostsPlot.ScriptFile), Write(w => CostsPlot.WriteScript(w, chart, values, "instr", "tcg-icount")));
            File.WriteAllText(Path.Combine(folder, RatiosPlot.DataFile), Write(w => RatiosPlot.WriteData(w, [Result("sip-call", 0.125, "87/437"), Result("channel", null, "")])));
            File.WriteAllText(Path.Combine(folder, RatiosPlot.ScriptFile), Write(w => RatiosPlot.WriteScript(w, 2)));

            Assert.Null(await GnuplotRunner.RunAsync(gnuplot, Path.Combine(folder, CostsPlot.ScriptFile), CancellationToken.None));
            Assert.Null(await GnuplotRunner.RunAsync(gnuplot, Path.Combine(folder, RatiosPlot.ScriptFile), CancellationToken.None));

            foreach (var image in new[] { CostsPlot.ImageFile, RatiosPlot.ImageFile })
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(folder, image))[..4]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    static string Write(Action<TextWriter> write)
    {
        var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
