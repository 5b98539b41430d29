using CsvHelper;
using CsvHelper.Configuration;

namespace Testbed.Harness.Reports;

/// <summary>
/// How every CSV file the harness writes looks: invariant culture (a point for decimals on
/// every machine), "\n" line ends, the header row first. Linked into the host benchmark
/// program too, which writes host.csv.
/// </summary>
public static class CsvDialect
{
    /// <summary>A CSV writer over <paramref name="writer"/> (left open) that has written the header row.</summary>
    public static CsvWriter WriterWithHeader(TextWriter writer, IEnumerable<string> columns)
    {
        var csv = new CsvWriter(writer, Configuration, leaveOpen: true);
        foreach (var column in columns)
            csv.WriteField(column);
        csv.NextRecord();
        return csv;
    }

    public static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture) { NewLine = "\n" };
}
