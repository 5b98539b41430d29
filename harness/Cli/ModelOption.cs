using Spectre.Console;
using Testbed.Harness.CycleModel;

namespace Testbed.Harness.Cli;

/// <summary>
/// --model NAME, shared by the commands that boot (docs/cycle-model.md): TCG icount plus the
/// cycle model's plugin; every bench record is then reported in instructions and, where its
/// samples are windows the plugin saw, in modelled cycles.
/// </summary>
internal static class ModelOption
{
    public static Option<string?> Create() => new("--model")
    {
        HelpName = "NAME",
        Description = "Also report the figures in modelled cycles of this CPU model (cycle-model/models/NAME.model, e.g. skylake): TCG icount plus the cycle model's QEMU plugin",
    };

    public static Option<FileInfo?> Output() => CommandOptions.File("--model-output",
        "Keep the cycle model plugin's own output (every window's event counts, docs/cycle-model.md) in FILE");

    /// <summary>The model named on the command line, or null; a clear error for an unknown one.</summary>
    public static CpuModel? Resolve(string? name, CliContext context)
    {
        if (name is null) return null;
        var root = context.RepositoryRoot ?? Testbed.Harness.Images.RepositoryRoot.Locate()
            ?? throw new BadUsageException("--model: not inside a Testbed checkout (no cycle-model/models)");
        return CpuModels.Find(root, name);
    }

    /// <summary>The --model-output path, checked writable before the boot; an error without --model.</summary>
    public static string? OutputPath(FileInfo? file, CpuModel? model)
    {
        if (file is null) return null;
        if (model is null) throw new BadUsageException("--model-output needs --model NAME: without a model there is no plugin output");
        OutputPaths.RequireWritableFile(file.FullName, "--model-output");
        return file.FullName;
    }

    /// <summary>The boot's instruction rows followed by its modelled rows.</summary>
    public static IReadOnlyList<BenchRow> WithModelled(IReadOnlyList<BenchRow> rows, BootResult result) =>
        result.Modelled is null ? rows : [.. rows, .. result.Modelled.Rows(result.Image.Name)];

    /// <summary>Says which records the model could not place, and why, so that a missing row is never silent.</summary>
    public static void ShowNotModelled(IAnsiConsole console, BootResult result)
    {
        if (result.Modelled is not { } modelled) return;
        var missing = modelled.NotModelled.ToList();
        console.MarkupLineInterpolated($"model {modelled.Model.Label}: {modelled.Matches.Count - missing.Count} of {modelled.Matches.Count} bench records in modelled cycles");
        foreach (var m in modelled.Matches.Where(m => m.Group is not null && !m.IsExact))
            console.MarkupLineInterpolated($"[grey]  near match: {m.Record.Name}: its windows' median is {-m.MedianDeviation:+#;-#;0} instructions from its own (within {RecordMatch.Tolerance:P0}: docs/cycle-model.md)[/]");
        foreach (var m in missing)
            console.MarkupLineInterpolated($"[grey]  not modelled: {m.Record.Name}: {m.NotModelled}[/]");
    }
}
