namespace Testbed.Harness.Reports;

/// <summary>
/// The evaluated comparisons as CSV, one row per comparison of papers/comparisons.csv (a
/// comparison that could not be measured has its row, with an empty ratio and the reason).
/// Written atomically.
/// </summary>
public static class ComparisonCsv
{
    public static readonly string[] Columns =
        ["id", "status", "ratio", "target", "paper_ratio", "numerator", "denominator", "unit",
         "numerator_expression", "denominator_expression", "numerator_def", "denominator_def", "note", "description", "citation"];

    public static void Write(string path, IEnumerable<ComparisonResult> results) =>
        AtomicFile.Write(path, writer => Write(writer, results));

    public static void Write(TextWriter writer, IEnumerable<ComparisonResult> results)
    {
        using var csv = CsvDialect.WriterWithHeader(writer, Columns);
        foreach (var r in results)
        {
            var c = r.Comparison;
            csv.WriteField(c.Id);
            csv.WriteField(r.StatusLabel);
            csv.WriteField(Number(r.Ratio));
            csv.WriteField(c.Target.ToString());
            csv.WriteField(Number(c.PaperRatio?.Value));
            csv.WriteField(Number(r.Numerator));
            csv.WriteField(Number(r.Denominator));
            csv.WriteField(r.Unit ?? "");
            csv.WriteField(c.Numerator.ToString());
            csv.WriteField(c.Denominator.ToString());
            csv.WriteField(r.NumeratorDefinition);
            csv.WriteField(r.DenominatorDefinition);
            csv.WriteField(r.Note);
            csv.WriteField(c.Description);
            csv.WriteField(c.Citation);
            csv.NextRecord();
        }
    }

    static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
}
