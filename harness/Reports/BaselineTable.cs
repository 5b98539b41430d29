using Spectre.Console;
using Testbed.Harness.Analysis.Baselines;

namespace Testbed.Harness.Reports;

/// <summary>
/// A baseline check on the console: the rows that moved (reference, measured, delta,
/// tolerance), those missing from the run, those new to it, and a one-line tally.
/// </summary>
public static class BaselineTable
{
    public static void Show(IAnsiConsole console, BaselineResult result, string referenceName)
    {
        if (result.Moved.Count > 0)
        {
            var table = ConsoleTable.Rounded().Title($"moved from {Markup.Escape(referenceName)}")
                .AddColumns("kernel", "benchmark")
                .AddNumberColumns("reference", "measured", "delta", "tolerance");
            foreach (var moved in result.Moved)
            {
                var reference = moved.Reference.Figure;
                table.AddRow(
                    Markup.Escape(reference.Kernel), Markup.Escape(reference.Benchmark),
                    Markup.Escape(Figure(reference)), Markup.Escape(Figure(moved.Measured)),
                    Markup.Escape(moved.UnitOrModeDiffers ? "unit or mode differs"
                        : moved.DefinitionDiffers ? $"definition {moved.Reference.Figure.Definition} -> {Or(moved.Measured.Definition)}"
                        : Delta(moved)),
                    Markup.Escape(moved.Reference.Tolerance.ToString()));
            }
            console.Write(table);
        }
        foreach (var missing in result.Missing)
            console.MarkupLineInterpolated($"[red]missing[/] {missing.Figure.Kernel} {missing.Figure.Benchmark}: in the reference ({Figure(missing.Figure)}), not measured");
        foreach (var added in result.New)
            console.MarkupLineInterpolated($"[yellow]new[/] {added.Kernel} {added.Benchmark} {Figure(added)}: not in the reference");

        var tally = $"baseline {referenceName}: {result.Held} held, {result.Moved.Count} moved, {result.Missing.Count} missing, {result.New.Count} new";
        console.MarkupLine(result.Failed ? $"[red]{Markup.Escape(tally)}[/]" : $"[green]{Markup.Escape(tally)}[/]");
    }

    static string Or(string definition) => definition.Length > 0 ? definition : "none";

    static string Figure(BenchRow row) => $"{ConsoleTable.Figure(row.Median)} {row.Unit}" + (row.Mode == "tcg-icount" ? "" : $" ({row.Mode})");

    static string Delta(MovedFigure moved)
    {
        var sign = moved.Delta > 0 ? "+" : "";
        var text = sign + ConsoleTable.Figure(moved.Delta);
        return moved.DeltaPercent is { } percent
            ? $"{text} ({sign}{percent.ToString(Math.Abs(percent) < 1 ? "0.00" : "0.0", CultureInfo.InvariantCulture)} %)"
            : text;
    }
}
