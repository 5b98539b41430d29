using Spectre.Console;
using Testbed.Harness.Disassembly;

namespace Testbed.Harness.Cli;

/// <summary>
/// <c>testbed disasm &lt;kernel&gt; &lt;symbol&gt;</c>: the machine code of one function of a
/// built kernel (from artifacts/images/&lt;kernel&gt;/kernel64.elf), decoded with Iced, and its
/// instruction count. Pipeline: find the image, read its symbols, decode, print.
/// </summary>
internal static class DisasmCommand
{
    public const string SymbolImageName = "kernel64.elf";

    public static Command Create(CliContext context)
    {
        var kernel = CommandOptions.Kernel();
        var symbol = new Argument<string>("symbol")
        {
            Description = "A symbol of the kernel image: an assembly label (l4_ipc_fastpath) or part of a C# method's mangled name",
        };
        var pathOnly = CommandOptions.Flag("--path",
            "Only the path taken when every check passes (" + FallThroughPath.Rule + "), and its count");
        var command = new Command("disasm", "Disassemble a function of a built kernel and count its instructions") { kernel, symbol, pathOnly };
        command.SetAction((parse, _) => CommandGuard.RunAsync(context.Terminal, () =>
        {
            var image = KernelImages.RequireOurs(KernelCatalog.Resolve(parse.GetValue(kernel)!, context.RepositoryRoot), "disasm");
            var path = Path.Combine(Path.GetDirectoryName(image.ElfPath)!, SymbolImageName);
            var table = ElfSymbolTable.Load(path);
            var found = table.Find(parse.GetValue(symbol)!);
            bool onPath = parse.GetValue(pathOnly);
            var instructions = onPath
                ? FallThroughPath.Walk(table, found.Address)
                : FunctionDisassembler.Decode(table.BytesOf(found), found.Address);

            var output = context.Terminal.Out;
            output.MarkupLineInterpolated($"[bold]{found.Name}[/] at 0x{found.Address:x}, {found.Size} bytes ({image.Name})");
            if (onPath)
                output.MarkupLineInterpolated($"[grey]path: {FallThroughPath.Rule}[/]");
            foreach (var instruction in instructions)
            {
                var bytes = Convert.ToHexString(instruction.Bytes).ToLowerInvariant();
                output.WriteLine($"  {instruction.Address:x}  {bytes,-24} {instruction.Text}");
            }
            output.MarkupLineInterpolated($"[bold]{instructions.Count} instructions{(onPath ? " on the path" : "")}[/]");
            return Task.FromResult(0);
        }));
        return command;
    }
}
