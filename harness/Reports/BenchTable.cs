using System.Globalization;
using Spectre.Console;
using Testbed.Harness.Analysis;

namespace Testbed.Harness.Reports;

/// <summary>Bench results as a console table: benchmark, unit, mode, n, min, median, max, definition.</summary>
public static class BenchTable
{
    public static Table Render(IEnumerable<BenchRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("benchmark")
            .AddColumn("unit")
            .AddColumn("mode")
            .AddColumn(new TableColumn("n").RightAligned())
            .AddColumn(new TableColumn("min").RightAligned())
            .AddColumn(new TableColumn("median").RightAligned())
            .AddColumn(new TableColumn("max").RightAligned())
            .AddColumn("definition");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Benchmark), row.Unit, row.Mode,
                Number(row.N), Number(row.Min), Number(row.Median), Number(row.Max), Markup.Escape(row.Definition));
        }
        return table;
    }

    static string Number(ulong value) => value.ToString("N0", CultureInfo.InvariantCulture);

    static string Number(double value) =>
        value.ToString(value == Math.Floor(value) ? "N0" : "N1", CultureInfo.InvariantCulture);
}
