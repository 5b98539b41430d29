using Spectre.Console;
namespace Testbed.Harness.Cli;

/// <summary><c>testbed list</c>: the kernels of the checkout and whether their images are built.</summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("list", "List the kernels (kernels/<name>/) and whether their images are built");
        command.SetAction((_, _) => CommandGuard.RunAsync(context.Terminal, () =>
        {
            var catalog = context.RepositoryRoot is { } root ? new KernelCatalog(root) : KernelCatalog.ForCurrentRepository();
            var kernels = catalog.List();
            if (kernels.Count == 0)
                context.Terminal.Out.MarkupLine("[yellow]no kernels yet: no kernels/<name>/ folder has a project file[/]");
            else
                context.Terminal.Out.Write(KernelListTable.Render(kernels, catalog.RepositoryRoot));
            return Task.FromResult(0);
        }));
        return command;
    }
}
