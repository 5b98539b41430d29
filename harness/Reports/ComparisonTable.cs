using Spectre.Console;
namespace Testbed.Harness.Reports;

/// <summary>The comparisons of a compare run as a console table: ratio measured, target, paper's ratio, verdict.</summary>
public static class ComparisonTable
{
    public static Table Render(IEnumerable<ComparisonResult> results)
    {
        var table = ConsoleTable.Rounded()
            .AddColumn("comparison")
            .AddNumberColumns("numerator", "denominator", "ratio")
            .AddColumn("target")
            .AddNumberColumns("paper")
            .AddColumn("result");
        foreach (var result in results)
        {
            var paper = result.Comparison.PaperRatio is { } p ? $"{Ratio(p.Value)} ({p})" : "";
            table.AddRow(
                new Markup(Markup.Escape(result.Comparison.Id)),
                new Text(Number(result.Numerator)),
                new Text(Number(result.Denominator)),
                new Text(result.Ratio is { } r ? Ratio(r) : ""),
                new Text(result.Comparison.Target.ToString()),
                new Text(paper),
                Verdict(result));
        }
        return table;
    }

    static Markup Verdict(ComparisonResult result)
    {
        var colour = result.Status switch
        {
            ComparisonStatus.Pass => "green",
            ComparisonStatus.Fail => "red",
            _ => "yellow",
        };
        var note = result.Note.Length == 0 ? "" : $" [grey]({Markup.Escape(result.Note)})[/]";
        return new Markup($"[{colour}]{result.StatusLabel}[/]{note}");
    }

    internal static string Ratio(double value) => value.ToString(value >= 10 ? "0.0" : "0.000", CultureInfo.InvariantCulture);

    static string Number(double? value) => value is { } v ? ConsoleTable.Figure(v) : "";
}
