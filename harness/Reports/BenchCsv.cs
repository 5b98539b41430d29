using CsvHelper;
using CsvHelper.Configuration;
using Testbed.Harness.Analysis.Baselines;

namespace Testbed.Harness.Reports;

/// <summary>
/// Bench results as CSV with the fixed columns kernel,benchmark,unit,mode,n,min,median,max,def
/// (def: what the figure measures, Testbed.Protocol.BenchDefinitions): the format results/
/// reads. A committed reference has a last column, tolerance (<see cref="Tolerance"/>);
/// files without it read as exact, files without def as undeclared. Written atomically.
/// </summary>
public static class BenchCsv
{
    public static readonly string[] Columns = ["kernel", "benchmark", "unit", "mode", "n", "min", "median", "max"];
    public const string DefinitionColumn = "def";
    public const string ToleranceColumn = "tolerance";

    public static void Write(string path, IEnumerable<BenchRow> rows) => AtomicFile.Write(path, writer => Write(writer, rows));

    public static void Write(TextWriter writer, IEnumerable<BenchRow> rows)
    {
        using var csv = new CsvWriter(writer, CsvDialect.Configuration, leaveOpen: true);
        csv.Context.RegisterClassMap<BenchRowMap>();
        csv.WriteRecords(rows);
    }

    /// <summary>A reference: the bench columns and the tolerance column.</summary>
    public static void Write(string path, IEnumerable<ReferenceRow> rows) => AtomicFile.Write(path, writer => Write(writer, rows));

    public static void Write(TextWriter writer, IEnumerable<ReferenceRow> rows)
    {
        using var csv = CsvDialect.WriterWithHeader(writer, Columns.Append(DefinitionColumn).Append(ToleranceColumn));
        foreach (var (figure, tolerance) in rows)
        {
            csv.WriteField(figure.Kernel);
            csv.WriteField(figure.Benchmark);
            csv.WriteField(figure.Unit);
            csv.WriteField(figure.Mode);
            csv.WriteField(figure.N);
            csv.WriteField(figure.Min);
            csv.WriteField(figure.Median);
            csv.WriteField(figure.Max);
            csv.WriteField(figure.Definition);
            csv.WriteField(tolerance.ToString());
            csv.NextRecord();
        }
    }

    /// <summary>The rows of a bench CSV, with or without the tolerance column (without: every row exact).</summary>
    public static BenchCsvFile Read(string path)
    {
        if (!File.Exists(path))
            throw new BadUsageException($"{path} does not exist");
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static BenchCsvFile Read(TextReader reader, string what = "CSV")
    {
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            throw new BadUsageException($"{what} is empty: no header");
        var lacking = Columns.Where(c => !header.Contains(c)).ToList();
        if (lacking.Count > 0)
            throw new BadUsageException($"{what} is not a bench CSV: no {string.Join(", ", lacking)} column");
        bool hasTolerance = header.Contains(ToleranceColumn);
        bool hasDefinition = header.Contains(DefinitionColumn);

        var rows = new List<ReferenceRow>();
        while (csv.Read())
        {
            int line = csv.Parser.RawRow;
            try
            {
                var figure = new BenchRow(
                    csv.GetField("kernel")!, csv.GetField("benchmark")!, csv.GetField("unit")!, csv.GetField("mode")!,
                    ulong.Parse(csv.GetField("n")!, CultureInfo.InvariantCulture),
                    ulong.Parse(csv.GetField("min")!, CultureInfo.InvariantCulture),
                    double.Parse(csv.GetField("median")!, CultureInfo.InvariantCulture),
                    ulong.Parse(csv.GetField("max")!, CultureInfo.InvariantCulture),
                    hasDefinition ? csv.GetField(DefinitionColumn) ?? "" : "");
                var tolerance = Tolerance.Exact;
                if (hasTolerance)
                {
                    var text = csv.GetField(ToleranceColumn);
                    tolerance = Tolerance.TryParse(text)
                        ?? throw new BadUsageException($"{what} line {line}: tolerance '{text}' is not exact or ±N%");
                }
                rows.Add(new ReferenceRow(figure, tolerance));
            }
            catch (Exception e) when (e is FormatException or OverflowException or CsvHelperException)
            {
                throw new BadUsageException($"{what} line {line}: {e.Message}");
            }
        }
        return new BenchCsvFile(rows, hasTolerance);
    }

    sealed class BenchRowMap : ClassMap<BenchRow>
    {
        public BenchRowMap()
        {
            Map(r => r.Kernel).Name("kernel").Index(0);
            Map(r => r.Benchmark).Name("benchmark").Index(1);
            Map(r => r.Unit).Name("unit").Index(2);
            Map(r => r.Mode).Name("mode").Index(3);
            Map(r => r.N).Name("n").Index(4);
            Map(r => r.Min).Name("min").Index(5);
            Map(r => r.Median).Name("median").Index(6);
            Map(r => r.Max).Name("max").Index(7);
            Map(r => r.Definition).Name(DefinitionColumn).Index(8);
        }
    }
}

/// <summary>A bench CSV as read: its rows and whether it had the tolerance column.</summary>
public sealed record BenchCsvFile(IReadOnlyList<ReferenceRow> Rows, bool HasTolerance);
