using Spectre.Console;
namespace Testbed.Harness.Reports;

/// <summary>The kernels of the checkout and whether each is built, for <c>testbed list</c>.</summary>
public static class KernelListTable
{
    public static Table Render(IEnumerable<KernelEntry> kernels, string repositoryRoot)
    {
        var table = ConsoleTable.Rounded()
            .AddColumns("kernel", "image")
            .AddNumberColumns("size")
            .AddColumn("path")
            .AddColumn("what");
        foreach (var kernel in kernels)
        {
            table.AddRow(
                Markup.Escape(kernel.Name),
                kernel.IsBuilt ? "[green]built[/]" : "[yellow]not built[/]",
                kernel.ImageSize is { } size ? Size(size) : "",
                Markup.Escape(Path.GetRelativePath(repositoryRoot, kernel.ImagePath)),
                Markup.Escape(kernel.Peer ?? "ours"));
        }
        return table;
    }

    static string Size(long bytes) =>
        bytes < 1024 ? $"{bytes} B" : (bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KiB";
}
