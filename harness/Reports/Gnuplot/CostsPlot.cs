using System.Globalization;
using Testbed.Harness.Analysis.Comparisons;

namespace Testbed.Harness.Reports.Gnuplot;

/// <summary>
/// The grouped bar chart of the main costs: one group per cost (papers/costs.csv), one bar
/// per kernel or mode, medians on a log scale (a null call and a driver restart differ by
/// four orders of magnitude). costs.dat holds the numbers, costs.gp the editable script.
/// </summary>
public static class CostsPlot
{
    public const string DataFile = "costs.dat";
    public const string ScriptFile = "costs.gp";
    public const string ImageFile = "costs.png";

    public static void WriteData(TextWriter writer, CostChart chart, double?[,] values, string unit, string mode)
    {
        var rows = chart.Costs.Select((cost, i) =>
            (cost, (IReadOnlyList<double?>)chart.Series.Select((_, j) => values[i, j]).ToList()));
        GnuplotData.Write(writer,
            [$"Main costs per kernel: medians in {unit} ({mode}); {GnuplotData.Missing} = not measured.",
             "Written by testbed compare from papers/costs.csv and this run's measurements.csv."],
            ["cost", .. chart.Series], rows);
    }

    public static void WriteScript(TextWriter writer, CostChart chart, double?[,] values, string unit, string mode)
    {
        var series = chart.Series.Count;
        var top = AxisTop(values);
        // Bar k of a cluster of n (gap 1) is centred at x = row + (k - (n-1)/2) / (n+1): the labels sit on top of it.
        writer.Write($"""
            # The main costs per kernel (testbed compare). Edit freely; rerun with: gnuplot {ScriptFile}
            set terminal pngcairo size 1400,750 font ",11"
            set output "{ImageFile}"
            set title "What each way of isolating a driver costs ({unit}, {mode}, medians; empty = not measured)"
            set datafile missing "{GnuplotData.Missing}"
            set key autotitle columnhead
            set style data histograms
            set style histogram clustered gap 1
            set style fill solid 0.85 border -1
            set boxwidth 0.9
            set logscale y
            set yrange [1:{top.ToString(CultureInfo.InvariantCulture)}]
            set ylabel "{unit} (log scale)"
            set grid ytics mytics
            set key outside right top vertical
            set xtics rotate by 20 right nomirror
            set border 3
            set lmargin 12
            set bmargin 7
            n = {series}
            plot for [i=2:n+1] "{DataFile}" using i:xtic(1) title columnheader(i), \
                 for [i=2:n+1] "" using ($0 + (i - 2 - (n - 1) / 2.0) / (n + 1)):i:(sprintf("%.0f", column(i))) \
                     with labels rotate left offset 0,0.4 font ",8" notitle

            """.Replace("\r\n", "\n"));
    }

    /// <summary>The power of ten at least three times the largest cost: room above the tallest bar for its rotated label.</summary>
    internal static double AxisTop(double?[,] values)
    {
        var largest = values.Cast<double?>().Where(v => v > 0).Select(v => v!.Value).DefaultIfEmpty(1).Max();
        return Math.Pow(10, Math.Ceiling(Math.Log10(largest * 3)));
    }
}
