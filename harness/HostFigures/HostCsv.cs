using CsvHelper;
using CsvHelper.Configuration;

namespace Testbed.Harness.HostFigures;

/// <summary>
/// host.csv, which testbed host writes and testbed compare reads: the bench CSV's columns
/// (kernel is "host", mode "host-real") followed by mean, error, stddev and the CPU.
/// Shared by the harness and the benchmark program (benchmarks/Host links this file).
/// </summary>
public static class HostCsv
{
    public const string FileName = "host.csv";

    public static readonly string[] Columns = ["kernel", "benchmark", "unit", "mode", "n", "min", "median", "max", "mean", "error", "stddev", "cpu"];

    public static void Write(TextWriter writer, IEnumerable<HostFigure> figures)
    {
        using var csv = CsvDialect.WriterWithHeader(writer, Columns);
        foreach (var f in figures)
        {
            foreach (var cell in new object[] { HostFigure.Kernel, f.Benchmark, f.Unit, HostFigure.Mode, f.N, f.Min, f.Median, f.Max, f.Mean, f.Error, f.StdDev, f.Cpu })
                csv.WriteField(cell is double d ? d.ToString("0.###", CultureInfo.InvariantCulture) : Convert.ToString(cell, CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
    }

    public static IReadOnlyList<HostFigure> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<HostFigure> Read(TextReader reader, string source)
    {
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            throw new FormatException($"{source}: empty file");
        if (Columns.FirstOrDefault(c => !header.Contains(c)) is { } missing)
            throw new FormatException($"{source}:1: missing column {missing}");
        var figures = new List<HostFigure>();
        while (csv.Read())
        {
            double D(string column) => double.Parse(csv.GetField(column)!, NumberStyles.Float, CultureInfo.InvariantCulture);
            figures.Add(new HostFigure(csv.GetField("benchmark")!, csv.GetField("unit")!, long.Parse(csv.GetField("n")!, CultureInfo.InvariantCulture),
                D("min"), D("median"), D("max"), D("mean"), D("error"), D("stddev"), csv.GetField("cpu") ?? ""));
        }
        return figures;
    }

    /// <summary>The cycles figures as bench rows, so comparisons and the cost chart can name them as host:BENCHMARK:median.</summary>
    public static IEnumerable<Analysis.BenchRow> AsBenchRows(IEnumerable<HostFigure> figures) =>
        figures.Where(f => f.Unit == HostFigure.Cycles).Select(f => new Analysis.BenchRow(
            HostFigure.Kernel, f.Benchmark, f.Unit, HostFigure.Mode, (ulong)f.N,
            (ulong)Math.Round(f.Min), f.Median, (ulong)Math.Round(f.Max), HostDefinitions.Of(f.Benchmark)));
}
