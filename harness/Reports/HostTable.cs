using Spectre.Console;
namespace Testbed.Harness.Reports;

/// <summary>The host's figures as a console table: one row per benchmark, ns and TSC cycles side by side, with BenchmarkDotNet's error bound.</summary>
public static class HostTable
{
    public static Table Render(IReadOnlyList<HostFigure> figures)
    {
        var table = ConsoleTable.Rounded()
            .AddColumn("benchmark")
            .AddNumberColumns("n", "median ns", "mean ns ± error", "stddev ns", "median cycles", "mean cycles ± error");
        foreach (var ns in figures.Where(f => f.Unit == HostFigure.Nanoseconds))
        {
            var cycles = figures.FirstOrDefault(f => f.Unit == HostFigure.Cycles && f.Benchmark == ns.Benchmark);
            table.AddRow(
                Markup.Escape(ns.Benchmark), ns.N.ToString(CultureInfo.InvariantCulture),
                Number(ns.Median), $"{Number(ns.Mean)} ± {Number(ns.Error)}", Number(ns.StdDev),
                cycles is null ? "" : Number(cycles.Median), cycles is null ? "" : $"{Number(cycles.Mean)} ± {Number(cycles.Error)}");
        }
        if (figures.FirstOrDefault() is { } any)
            table.Caption(Markup.Escape(any.Cpu + "; error: half the 99.9 % confidence interval of the mean"));
        return table;
    }

    static string Number(double value) => value.ToString(value >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);
}
