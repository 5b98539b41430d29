namespace Testbed.Tests.Analysis.Comparisons;

public class ComparisonFileTests
{
    const string Header = "id,description,numerator,denominator,target,paper_ratio,paper_figures,citation\n";

    static IReadOnlyList<Comparison> Read(string text) => ComparisonFile.Read(new StringReader(text), "comparisons.csv");

    [Fact]
    public void Row_BecomesAComparison()
    {
        var comparison = Read(Header +
            "sip-call,SIP call vs syscall,singularity:abi.null:median,l4-style:syscall.null:median,<= 0.2,87/437,\"87 vs 437, cycles\",\"Hunt et al., 2005\"\n").Single();

        Assert.Equal("sip-call", comparison.Id);
        Assert.Equal(new MeasurementRef("singularity", "abi.null", "median"), comparison.Numerator.Measurements.Single());
        Assert.Equal(new Target("<=", 0.2), comparison.Target);
        Assert.Equal(87.0 / 437, comparison.PaperRatio!.Value);
        Assert.Equal("87 vs 437, cycles", comparison.PaperFigures);
        Assert.Equal(["singularity", "l4-style"], comparison.Kernels);
    }

    [Theory]
    [InlineData("x,d,singularity:abi.null:mean,16384,<= 1,,,", "comparisons.csv:2: 'singularity:abi.null:mean': stat must be min, median, max, n, not 'mean'")]
    [InlineData("x,d,singularity:abi.null:median,16384,about 1,,,", "comparisons.csv:2: target 'about 1' must start with <=, <, >= or >")]
    [InlineData("x,d,singularity:abi.null:median,16384,<= 1,,", "comparisons.csv:2: 7 cells, the header has 8")]
    [InlineData(",d,singularity:abi.null:median,16384,<= 1,,,", "comparisons.csv:2: empty id")]
    public void BadRow_IsBadUsage_NamingFileAndLine(string row, string message)
    {
        var error = Assert.Throws<BadUsageException>(() => Read(Header + row + "\n"));

        Assert.Equal(message, error.Message);
        Assert.Equal(ExitCodes.BadUsage, error.ExitCode);
    }

    [Fact]
    public void DuplicateId_IsRefused_OnItsSecondLine()
    {
        var row = "x,d,singularity:abi.null:median,16384,<= 1,,,\n";

        var error = Assert.Throws<BadUsageException>(() => Read(Header + row + row));

        Assert.Equal("comparisons.csv:3: id 'x' appears twice", error.Message);
    }

    [Fact]
    public void MissingColumn_IsNamed()
    {
        var error = Assert.Throws<BadUsageException>(() => Read("id,description,numerator,denominator,paper_ratio,paper_figures,citation\n"));

        Assert.Equal("comparisons.csv:1: missing column(s) target", error.Message);
    }

    [Fact]
    public void TheRepositorysComparisons_AllParse_AndCoverTheKernelsOfThePapers()
    {
        var root = RepositoryRoot.Locate()!;

        var comparisons = ComparisonFile.Read(Path.Combine(root, ComparisonFile.DefaultPath));

        var kernels = comparisons.SelectMany(c => c.Kernels).ToHashSet();
        Assert.Superset(new HashSet<string> { "halcheck", "nooks-style", "l4-style", "singularity" }, kernels);
        Assert.All(comparisons, c => Assert.NotEmpty(c.Description));
        // Every paper ratio comes with the paper's figures and a citation to check it against.
        Assert.All(comparisons.Where(c => c.PaperRatio is not null), c => Assert.NotEmpty(c.Citation));
    }

    [Fact]
    public void TheRepositorysCostChart_Parses_AndItsPaperFiguresResolve()
    {
        var root = RepositoryRoot.Locate()!;
        var chart = CostChart.Read(Path.Combine(root, CostChart.DefaultPath));

        Assert.Contains("null kernel call", chart.Costs);
        Assert.Contains("monolithic (nooks-style off)", chart.Series);
        Assert.Contains("host, real hardware", chart.Series);
        var paper = chart.PaperFigures(Path.Combine(root, "papers"));
        var singularityCall = paper[chart.Costs.ToList().IndexOf("null kernel call"), chart.Series.ToList().IndexOf("singularity")];
        Assert.Equal((87, "cycles"), (singularityCall!.Value, singularityCall.Unit));
        var l4RoundTrip = paper[chart.Costs.ToList().IndexOf("IPC round trip"), chart.Series.ToList().IndexOf("l4-style")];
        Assert.Equal(2 * 587, l4RoundTrip!.Value);
    }
}
