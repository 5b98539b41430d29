namespace Testbed.Tests.Analysis.Comparisons;

public class ComparisonEvaluatorTests
{
    static Comparison Make(string numerator, string denominator, string target, string id = "c") =>
        new(id, "d", Quantity.Parse(numerator), Quantity.Parse(denominator), Target.Parse(target), null, "", "");

    // One declared definition for all: these tests are about ratios (DefinitionRuleTests about definitions).
    static BenchRow Row(string kernel, string benchmark, double median, string unit = "instr") =>
        new(kernel, benchmark, unit, "tcg-icount", 1000, (ulong)median, median, (ulong)median * 2, "same-definition");

    static readonly BenchRow[] Rows =
    [
        Row("singularity", "abi.null", 5),
        Row("l4-style", "syscall.null", 40),
        Row("nooks-style", "net.echo.off", 2894),
        Row("nooks-style", "net.echo.on", 3192),
        Row("singularity", "footprint.hello.bytes", 16384, unit: "bytes"),
    ];

    // One comparison evaluated against the rows above.
    static ComparisonResult EvaluateOne(string numerator, string denominator, string target) =>
        ComparisonEvaluator.Evaluate([Make(numerator, denominator, target)], Rows).Single();

    [Fact]
    public void MissingKernelOrBenchmark_IsNotMeasured_NamingWhatIsMissing_NotDropped()
    {
        var results = ComparisonEvaluator.Evaluate(
        [
            Make("singularity:channel.roundtrip:median", "l4-style:ipc.roundtrip.inter-as:median", "<= 0.25", "a"),
            Make("singularity:abi.null:median", "l4-style:syscall.null:median", "<= 0.2", "b"),
        ], Rows);

        Assert.Equal(["a", "b"], results.Select(r => r.Comparison.Id));
        Assert.Equal(ComparisonStatus.NotMeasured, results[0].Status);
        Assert.Null(results[0].Ratio);
        Assert.Equal("missing singularity:channel.roundtrip:median, l4-style:ipc.roundtrip.inter-as:median", results[0].Note);
    }

    [Fact]
    public void DifferentUnits_GiveNoRatio()
    {
        var result = EvaluateOne("singularity:footprint.hello.bytes:median", "singularity:abi.null:median", "<= 1");

        Assert.Equal(ComparisonStatus.UnitsDiffer, result.Status);
        Assert.Null(result.Ratio);
        Assert.Equal("units bytes/instr", result.Note);
    }

    [Fact]
    public void ZeroDenominator_GivesNoRatio()
    {
        var result = EvaluateOne("singularity:abi.null:median", "0", "<= 1");

        Assert.Equal(ComparisonStatus.NoRatio, result.Status);
    }

    // A ratio of two figures, or of a figure and a constant: its value, its unit (a constant
    // denominator takes the numerator's) and whether it meets the target; the stat names the figure.
    [Theory]
    [InlineData("within the target", "singularity:abi.null:median", "l4-style:syscall.null:median", "<= 0.2", ComparisonStatus.Pass, 0.125, "instr")]
    [InlineData("beyond the target", "nooks-style:net.echo.on:median", "nooks-style:net.echo.off:median", "<= 1.05", ComparisonStatus.Fail, 3192.0 / 2894, "instr")]
    [InlineData("a constant denominator", "singularity:footprint.hello.bytes:median", "16384", "<= 1", ComparisonStatus.Pass, 1.0, "bytes")]
    [InlineData("max over min", "l4-style:syscall.null:max", "l4-style:syscall.null:min", "<= 3", ComparisonStatus.Pass, 2.0, "instr")]
    public void ARatio_IsEvaluated_InItsUnit_AgainstItsTarget(string @case, string numerator, string denominator, string target,
        ComparisonStatus status, double ratio, string unit)
    {
        var result = EvaluateOne(numerator, denominator, target);

        Assert.True(result.Status == status, $"{@case}: {result.Status}");
        Assert.Equal(ratio, result.Ratio);
        Assert.Equal(unit, result.Unit);
    }
}
