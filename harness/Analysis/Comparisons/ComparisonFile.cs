using Testbed.Harness.Outcomes;

namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// papers/comparisons.csv: id, description, numerator, denominator, target, paper_ratio,
/// paper_figures, citation (papers/comparisons.md). Every row is checked when read, so a typo
/// in a measurement name's syntax stops the run before any kernel boots.
/// </summary>
public static class ComparisonFile
{
    public const string DefaultPath = "papers/comparisons.csv";

    public static readonly string[] Columns =
        ["id", "description", "numerator", "denominator", "target", "paper_ratio", "paper_figures", "citation"];

    public static IReadOnlyList<Comparison> Read(string path)
    {
        if (!File.Exists(path))
            throw new BadUsageException($"{path}: no such comparisons file");
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<Comparison> Read(TextReader reader, string source)
    {
        var comparisons = new List<Comparison>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvTable.Read(reader, source, Columns))
        {
            try
            {
                var id = row["id"];
                if (id.Length == 0)
                    throw new FormatException("empty id");
                if (!ids.Add(id))
                    throw new FormatException($"id '{id}' appears twice");
                comparisons.Add(new Comparison(
                    id,
                    row["description"],
                    Quantity.Parse(row["numerator"]),
                    Quantity.Parse(row["denominator"]),
                    Target.Parse(row["target"]),
                    PaperRatio.Parse(row["paper_ratio"]),
                    row["paper_figures"],
                    row["citation"]));
            }
            catch (FormatException e)
            {
                throw row.Error(e.Message);
            }
        }
        return comparisons;
    }
}
