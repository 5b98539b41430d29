using CsvHelper;
using CsvHelper.Configuration;
using Testbed.Harness.Outcomes;

namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// Reads one of the papers/*.csv tables: a header with the columns the caller needs (in
/// any order, others allowed), then rows; each row as a lookup by column. Errors name the
/// file and line, and are bad input (exit 2): the run cannot mean anything without its data.
/// </summary>
internal static class CsvTable
{
    public sealed record Row(string Source, int Line, IReadOnlyDictionary<string, string> Cells)
    {
        public string this[string column] => Cells[column];

        public BadUsageException Error(string message) => new($"{Source}:{Line}: {message}");
    }

    public static IReadOnlyList<Row> Read(TextReader reader, string source, params string[] requiredColumns)
    {
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            BadDataFound = null,
        });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            throw new BadUsageException($"{source}: empty file, expected the columns {string.Join(",", requiredColumns)}");
        var missing = requiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new BadUsageException($"{source}:1: missing column(s) {string.Join(", ", missing)}");

        var rows = new List<Row>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (csv.Parser.Count != header.Length)
                throw new BadUsageException($"{source}:{line}: {csv.Parser.Count} cells, the header has {header.Length}");
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
                cells[header[i]] = csv.GetField(i) ?? "";
            rows.Add(new Row(source, line, cells));
        }
        return rows;
    }
}
