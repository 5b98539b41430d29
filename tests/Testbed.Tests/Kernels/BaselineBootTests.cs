using Testbed.Harness.Cli;

namespace Testbed.Tests.Kernels;

/// <summary>
/// The committed references pinned: every kernel's bench and a whole compare run, with the
/// iterations and command line each reference was made with (its provenance), must give
/// every figure within its tolerance: exact for icount figures, the stated band for the
/// host-timed disk, network and recovery rows. Each boot takes 1-2 s at 1000 iterations.
/// A deliberate change regenerates the reference in the same commit (results/README.md).
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class BaselineBootTests
{
    static async Task<(int ExitCode, string Output)> Testbed(params string[] args)
    {
        var output = new StringWriter();
        var exitCode = await TestbedCli.RunAsync(args, Terminal.Plain(output, output), CommittedResults.Root);
        return (exitCode, output.ToString());
    }

    public static TheoryData<string> References => CommittedResults.BenchReferenceNames;

    [Theory]
    [MemberData(nameof(References))]
    public async Task EveryFigureOfTheBench_MatchesItsCommittedReference(string file)
    {
        var path = Path.Combine(CommittedResults.Folder, file);
        var made = Provenance.ReadBeside(path)!;
        var kernel = Assert.Single(made.Kernels);
        string[] append = string.IsNullOrWhiteSpace(made.Append) ? [] : ["--append", made.Append];

        var (exitCode, output) = await Testbed(["bench", kernel, "--iterations", $"{made.Iterations}", .. append, "--baseline", path]);

        Assert.True(exitCode == 0, $"exit {exitCode}: a figure moved from {file} (regenerate it in the commit that moves it, with the reason)\n{output}");
    }

    public static TheoryData<string> ModelReferences => CommittedResults.ModelReferenceNames;

    [Theory]
    [MemberData(nameof(ModelReferences))]
    public async Task EveryModelledFigureOfTheBench_MatchesItsCommittedReference(string file)
    {
        // results/model/<model>/<kernel>.csv: the folder names the model.
        var path = Path.Combine(CommittedResults.ModelFolder, file);
        var made = Provenance.ReadBeside(path)!;
        var kernel = Assert.Single(made.Kernels);
        string[] append = string.IsNullOrWhiteSpace(made.Append) ? [] : ["--append", made.Append];
        var model = Path.GetDirectoryName(file)!;

        var (exitCode, output) = await Testbed(["bench", kernel, "--iterations", $"{made.Iterations}", .. append, "--model", model, "--baseline", path]);

        Assert.True(exitCode == 0, $"exit {exitCode}: a modelled figure moved from {file} (regenerate it in the commit that moves it, with the reason)\n{output}");
    }

    [Fact]
    public async Task EveryFigureOfACompareRun_MatchesResultsCompare()
    {
        var made = Provenance.ReadBeside(CommittedResults.CompareReference)!;
        using var folder = new TempFolder("testbed-compare-");
        var (exitCode, output) = await Testbed("compare", "--iterations", $"{made.Iterations}", "--out", folder.Path,
            "--baseline", Path.GetDirectoryName(CommittedResults.CompareReference)!);

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}");
    }
}
