using Spectre.Console;
namespace Testbed.Harness.Reports;

/// <summary>The two tables of <c>testbed footprint</c>: image sizes, and ring-0 lines by group.</summary>
public static class FootprintTable
{
    public static Table Images(Footprint footprint)
    {
        var table = ConsoleTable.Rounded().AddColumn("image").AddNumberColumns("bytes");
        foreach (var image in footprint.Images)
            table.AddRow(Markup.Escape(image.Name), ConsoleTable.Count(image.Bytes));
        return table;
    }

    public static Table Lines(Footprint footprint)
    {
        var table = ConsoleTable.Rounded().AddColumn("ring 0").AddNumberColumns("files", "lines of code");
        foreach (var group in footprint.Groups)
            table.AddRow(Markup.Escape(group.Name), group.Files.ToString(CultureInfo.InvariantCulture), ConsoleTable.Count(group.Lines));
        table.AddRow("[bold]total[/]", footprint.Groups.Sum(g => g.Files).ToString(CultureInfo.InvariantCulture),
            $"[bold]{ConsoleTable.Count(footprint.TotalLines)}[/]");
        return table;
    }
}
