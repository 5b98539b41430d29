namespace Testbed.Harness.Reports.Charts;

/// <summary>The data file beside a chart: plain CSV, a header then rows, empty cells for what was not measured.</summary>
public static class ChartCsv
{
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        using var csv = CsvDialect.WriterWithHeader(writer, header);
        foreach (var row in rows)
        {
            foreach (var cell in row)
                csv.WriteField(Cell(cell));
            csv.NextRecord();
        }
    }

    static string Cell(object? cell) => cell switch
    {
        null => "",
        double d when !double.IsFinite(d) => "",
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
