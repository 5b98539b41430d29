using Spectre.Console;
namespace Testbed.Harness.Reports;

/// <summary>Bench results as a console table: benchmark, unit, mode, n, min, median, max, definition.</summary>
public static class BenchTable
{
    public static Table Render(IEnumerable<BenchRow> rows)
    {
        var table = ConsoleTable.Rounded()
            .AddColumns("benchmark", "unit", "mode")
            .AddNumberColumns("n", "min", "median", "max")
            .AddColumns("definition");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Benchmark), row.Unit, row.Mode,
                ConsoleTable.Count(row.N), ConsoleTable.Count(row.Min), ConsoleTable.Figure(row.Median), ConsoleTable.Count(row.Max), Markup.Escape(row.Definition));
        }
        return table;
    }
}
