using Testbed.Harness.Analysis.Comparisons;

namespace Testbed.Harness.Reports.Gnuplot;

/// <summary>
/// Measured against paper: for each comparison a bar of the ratio measured here and one of
/// the ratio the paper reported (where it reported one), with the target drawn as a
/// horizontal mark, on a log scale (ratios from 0.05 to 3). ratios.dat and the editable ratios.gp.
/// </summary>
public static class RatiosPlot
{
    public const string DataFile = "ratios.dat";
    public const string ScriptFile = "ratios.gp";
    public const string ImageFile = "ratios.png";

    public static void WriteData(TextWriter writer, IReadOnlyList<ComparisonResult> results)
    {
        var rows = results.Select(r => (
            r.Ratio is null ? $"{r.Comparison.Id} ({r.StatusLabel})" : r.Comparison.Id,
            (IReadOnlyList<double?>)[r.Ratio, r.Comparison.PaperRatio?.Value, r.Comparison.Target.Bound]));
        GnuplotData.Write(writer,
            ["Each comparison of papers/comparisons.csv: ratio measured by testbed compare, ratio the paper reported, target bound.",
             $"{GnuplotData.Missing} = not measured, or no paper figure."],
            ["comparison", "measured here", "paper", "target"], rows);
    }

    public static void WriteScript(TextWriter writer, int comparisons)
    {
        // Wide enough that each comparison's label has room under its pair of bars.
        var width = Math.Max(1000, 90 * comparisons + 300);
        writer.Write($"""
            # Measured vs paper ratios (testbed compare). Edit freely; rerun with: gnuplot {ScriptFile}
            set terminal pngcairo size {width},760 font ",11"
            set output "{ImageFile}"
            set title "Ratios measured here vs the papers' (bars, value at the foot), targets (black marks)"
            set datafile missing "{GnuplotData.Missing}"
            set key autotitle columnhead
            set style data histograms
            set style histogram clustered gap 1
            set style fill solid 0.85 border -1
            set boxwidth 0.9
            set logscale y
            set yrange [0.01:10]
            set ylabel "ratio (log scale)"
            set grid ytics
            set key outside top center horizontal
            set xtics rotate by 35 right nomirror
            set border 3
            set lmargin 16
            set bmargin 12
            plot "{DataFile}" using 2:xtic(1) title columnheader(2), \
                 "" using 3 title columnheader(3), \
                 "" using ($0 - 1 / 6.0):($2 * 0 + 0.012):(sprintf("%.3g", $2)) with labels rotate left font ",9" notitle, \
                 "" using ($0 + 1 / 6.0):($3 * 0 + 0.012):(sprintf("%.3g", $3)) with labels rotate left font ",9" notitle, \
                 "" using 0:4:($0-0.4):($0+0.4) with xerrorbars pointtype 0 linewidth 3 linecolor rgb "black" title columnheader(4)

            """.Replace("\r\n", "\n"));
    }
}
