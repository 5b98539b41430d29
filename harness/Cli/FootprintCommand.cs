using Spectre.Console;
namespace Testbed.Harness.Cli;

/// <summary>
/// <c>testbed footprint &lt;kernel&gt;</c>: the size of every image the kernel boots, and
/// the lines of code that run in ring 0 (the groups its project declares). No boot needed.
/// </summary>
internal static class FootprintCommand
{
    public static Command Create(CliContext context)
    {
        var kernel = CommandOptions.Kernel();
        var command = new Command("footprint", "Image sizes and lines of code in ring 0 of a built kernel") { kernel };
        command.SetAction((parse, _) => CommandGuard.RunAsync(context.Terminal, () =>
        {
            var image = KernelCatalog.Resolve(parse.GetValue(kernel)!, context.RepositoryRoot);
            var footprint = Footprint.Of(image);
            context.Terminal.Out.Write(FootprintTable.Images(footprint));
            if (footprint.Groups.Count == 0)
                context.Terminal.Out.MarkupLine("[yellow]this kernel declares no ring-0 sources (FootprintSource items)[/]");
            else
                context.Terminal.Out.Write(FootprintTable.Lines(footprint));
            return Task.FromResult(0);
        }));
        return command;
    }
}
