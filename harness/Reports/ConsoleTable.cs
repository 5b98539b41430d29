using Spectre.Console;
namespace Testbed.Harness.Reports;

/// <summary>
/// What every console table of the harness shares: rounded borders, number columns
/// right-aligned under their heading, and how a number is written (invariant culture, with
/// thousands separators).
/// </summary>
internal static class ConsoleTable
{
    public static Table Rounded() => new Table().Border(TableBorder.Rounded);

    /// <summary>Columns of numbers, right-aligned.</summary>
    public static Table AddNumberColumns(this Table table, params string[] headings)
    {
        foreach (var heading in headings)
            table.AddColumn(new TableColumn(heading).RightAligned());
        return table;
    }

    /// <summary>A count (samples, bytes, lines, instructions): 12,345.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Count(ulong value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A figure: 12,345, or 12,345.5 when it is not whole (the median of an even number of samples).</summary>
    public static string Figure(double value) =>
        value.ToString(value == Math.Floor(value) ? "N0" : "N1", CultureInfo.InvariantCulture);
}
