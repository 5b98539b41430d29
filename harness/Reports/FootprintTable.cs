using System.Globalization;
using Spectre.Console;
using Testbed.Harness.Analysis;

namespace Testbed.Harness.Reports;

/// <summary>The two tables of <c>testbed footprint</c>: image sizes, and ring-0 lines by group.</summary>
public static class FootprintTable
{
    public static Table Images(Footprint footprint)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("image").AddColumn(new TableColumn("bytes").RightAligned());
        foreach (var image in footprint.Images)
            table.AddRow(Markup.Escape(image.Name), image.Bytes.ToString("N0", CultureInfo.InvariantCulture));
        return table;
    }

    public static Table Lines(Footprint footprint)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("ring 0")
            .AddColumn(new TableColumn("files").RightAligned())
            .AddColumn(new TableColumn("lines of code").RightAligned());
        foreach (var group in footprint.Groups)
            table.AddRow(Markup.Escape(group.Name), group.Files.ToString(CultureInfo.InvariantCulture), group.Lines.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("[bold]total[/]", footprint.Groups.Sum(g => g.Files).ToString(CultureInfo.InvariantCulture),
            $"[bold]{footprint.TotalLines.ToString("N0", CultureInfo.InvariantCulture)}[/]");
        return table;
    }
}
