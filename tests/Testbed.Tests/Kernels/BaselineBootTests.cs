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
    public async Task EveryFigureOfTheBench_MatchesItsCommittedReference(string file) =>
        await BenchAgainst(Path.Combine(CommittedResults.Folder, file), []);

    public static TheoryData<string> ModelReferences => CommittedResults.ModelReferenceNames;

    [Theory]
    [MemberData(nameof(ModelReferences))]
    public async Task EveryModelledFigureOfTheBench_MatchesItsCommittedReference(string file) =>
        // results/model/<model>/<kernel>.csv: the folder names the model.
        await BenchAgainst(Path.Combine(CommittedResults.ModelFolder, file), ["--model", Path.GetDirectoryName(file)!]);

    // The bench of the reference's kernel with its iterations and words (its provenance), checked against it.
    static async Task BenchAgainst(string path, string[] extra)
    {
        var made = Provenance.ReadBeside(path)!;
        var kernel = Assert.Single(made.Kernels);
        string[] append = string.IsNullOrWhiteSpace(made.Append) ? [] : ["--append", made.Append];

        var (exitCode, output) = await Testbed(["bench", kernel, "--iterations", $"{made.Iterations}", .. append, .. extra, "--baseline", path]);

        Assert.True(exitCode == 0, $"exit {exitCode}: a figure moved from {path} (regenerate it in the commit that moves it, with the reason)\n{output}");
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
