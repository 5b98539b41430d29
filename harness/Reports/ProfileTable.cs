using Spectre.Console;
using Testbed.Harness.Profiling;

namespace Testbed.Harness.Reports;

/// <summary>A profiled sample on the console: per symbol (most first) with a total, or its path in execution order.</summary>
public static class ProfileTable
{
    public static Table Render(SampleProfile profile, int? top = null)
    {
        var table = ConsoleTable.Rounded()
            .AddColumns("image", "symbol")
            .AddNumberColumns("instructions", "share");
        var shown = top is { } n ? profile.Rows.Take(n).ToList() : profile.Rows;
        foreach (var row in shown)
            table.AddRow(Markup.Escape(row.Image), Markup.Escape(row.Symbol), Number(row.Instructions), Percent(row.Share));
        if (shown.Count < profile.Rows.Count)
        {
            long rest = profile.Rows.Skip(shown.Count).Sum(r => r.Instructions);
            table.AddRow("", $"[grey]{profile.Rows.Count - shown.Count} more symbol(s)[/]", Number(rest), Percent(Share(rest, profile.Total)));
        }
        table.AddEmptyRow();
        table.AddRow("", "[bold]total[/]", $"[bold]{Number(profile.Total)}[/]", Percent(1));
        return table;
    }

    public static Table RenderSequence(SampleProfile profile)
    {
        var table = ConsoleTable.Rounded()
            .AddNumberColumns("#")
            .AddColumns("image", "symbol")
            .AddNumberColumns("instructions");
        int step = 0;
        foreach (var run in profile.Sequence)
            table.AddRow(Number(++step), Markup.Escape(run.Image), Markup.Escape(run.Symbol), Number(run.Instructions));
        return table;
    }

    static double Share(long part, long total) => total == 0 ? 0 : (double)part / total;

    static string Number(long value) => ConsoleTable.Count(value);

    static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
