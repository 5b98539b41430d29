using Testbed.Harness.Profiling;

namespace Testbed.Harness.Reports;

/// <summary>
/// A profiled sample as CSV, one row per symbol, most instructions first:
/// kernel,benchmark,image,symbol,instructions,share. Written atomically.
/// </summary>
public static class ProfileCsv
{
    public static readonly string[] Columns = ["kernel", "benchmark", "image", "symbol", "instructions", "share"];

    public static void Write(string path, string kernel, string benchmark, SampleProfile profile) =>
        AtomicFile.Write(path, writer => Write(writer, kernel, benchmark, profile));

    public static void Write(TextWriter writer, string kernel, string benchmark, SampleProfile profile)
    {
        using var csv = CsvDialect.WriterWithHeader(writer, Columns);
        foreach (var row in profile.Rows)
        {
            csv.WriteField(kernel);
            csv.WriteField(benchmark);
            csv.WriteField(row.Image);
            csv.WriteField(row.Symbol);
            csv.WriteField(row.Instructions);
            csv.WriteField(row.Share.ToString("0.0000", CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
    }
}
