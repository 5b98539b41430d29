using Testbed.Harness.Cli;

namespace Testbed.Tests.Cli;

/// <summary>
/// testbed reproduce reads the committed compare run (no boot) and writes the paper's table
/// with our columns as CSV, Markdown and LaTeX; a table or a run that is not there is bad
/// usage (exit 2) with a clear message.
/// </summary>
public class ReproduceCommandTests
{
    static async Task<(int Exit, string Output)> Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = await TestbedCli.RunAsync(args, Terminal.Plain(output, output), RepositoryRoot.Locate()!, CancellationToken.None);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task SingularityTable1_FromTheCommittedRun_WritesCsvMarkdownAndLatex_WithTheMeasuredLinux()
    {
        using var folder = new TempFolder("testbed-reproduce-");

        var (exit, output) = await Run("reproduce", "singularity-table1", "--out", folder.Path);

        Assert.True(exit == 0, output);
        string markdown = File.ReadAllText(Path.Combine(folder.Path, "table.md"));
        Assert.Contains("| minimum kernel API call | 91 cycles (0.21) | 878 cycles (2.01) | 437 cycles | 627 cycles (1.43) |", markdown);
        Assert.Contains(" 337 instr |", markdown);       // the measured Linux (mitigations=off): getppid
        Assert.Contains("\\begin{tabular}", File.ReadAllText(Path.Combine(folder.Path, "table.tex")));
        var csv = File.ReadAllLines(Path.Combine(folder.Path, "table.csv"));
        Assert.Equal("row,column,value,unit,definition,ratio,ratio_to,source,note", csv[0]);
        Assert.Contains(csv, line => line.StartsWith("minimum kernel API call,linux-kpti,345,instr,kernel-call.null,1.0237,linux,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownTable_ListsTheKnownOnes()
    {
        var (exit, output) = await Run("reproduce", "singularity-table9");

        Assert.Equal(2, exit);
        Assert.Contains("no table 'singularity-table9' in papers/tables/; known tables: minix3-driver-overhead, singularity-hello, singularity-table1", output);
    }

    [Fact]
    public async Task AMissingRun_IsNamed()
    {
        var (exit, output) = await Run("reproduce", "singularity-table1", "--measurements", "/nonexistent/measurements.csv");

        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/measurements.csv does not exist", output);
    }
}
