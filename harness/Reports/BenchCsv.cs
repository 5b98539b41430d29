using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Testbed.Harness.Analysis;

namespace Testbed.Harness.Reports;

/// <summary>
/// Bench results as CSV with the fixed columns kernel,benchmark,unit,mode,n,min,median,max:
/// the format results/ and the plotting scripts read. Written atomically.
/// </summary>
public static class BenchCsv
{
    public static readonly string[] Columns = ["kernel", "benchmark", "unit", "mode", "n", "min", "median", "max"];

    public static void Write(string path, IEnumerable<BenchRow> rows) => AtomicFile.Write(path, writer => Write(writer, rows));

    public static void Write(TextWriter writer, IEnumerable<BenchRow> rows)
    {
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        csv.Context.RegisterClassMap<BenchRowMap>();
        csv.WriteRecords(rows);
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
        }
    }
}
