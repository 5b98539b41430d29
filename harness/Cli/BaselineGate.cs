using Spectre.Console;
using Testbed.Harness.Analysis.Baselines;

namespace Testbed.Harness.Cli;

/// <summary>
/// <c>--baseline</c> for bench and compare: the reference is read before anything boots (a
/// bad file is bad usage), the run's figures are compared with the rows of the kernels it
/// benched, and the outcome is shown and turned into the exit code (9 when a figure moved
/// or a reference row is missing).
/// </summary>
internal sealed class BaselineGate
{
    public string Path { get; }
    public BenchCsvFile Reference { get; }
    public Provenance? Provenance { get; }

    BaselineGate(string path, BenchCsvFile reference, Provenance? provenance)
    {
        Path = path;
        Reference = reference;
        Provenance = provenance;
    }

    public static BaselineGate Load(string path) =>
        new(path, BenchCsv.Read(path), Provenance.ReadBeside(path));

    /// <summary>The reference's rows of these kernels; bad usage when it has none, since nothing could be compared.</summary>
    public IReadOnlyList<ReferenceRow> RowsOf(IReadOnlyCollection<string> kernels)
    {
        var rows = Reference.Rows.Where(r => kernels.Contains(r.Figure.Kernel)).ToList();
        if (rows.Count == 0)
            throw new BadUsageException($"{Path} has no rows for {string.Join(", ", kernels)}");
        return rows;
    }

    /// <summary>Compares, shows, and returns 0 or <see cref="ExitCodes.BaselineMoved"/>.</summary>
    public int Check(IAnsiConsole console, IReadOnlyCollection<string> kernels, IReadOnlyList<BenchRow> measured, string? qemuVersion = null)
    {
        var result = BaselineCheck.Compare(RowsOf(kernels), measured.Where(r => kernels.Contains(r.Kernel)));
        console.WriteLine();
        if (Provenance is { } made)
        {
            console.MarkupLineInterpolated($"[grey]reference {Path}: {made.Summary}[/]");
            if (qemuVersion is not null && qemuVersion != made.Qemu)
                console.MarkupLineInterpolated($"[yellow]this run's QEMU differs from the reference's: {qemuVersion}[/]");
        }
        BaselineTable.Show(console, result, Path);
        return result.Failed ? ExitCodes.BaselineMoved : ExitCodes.Passed;
    }
}
