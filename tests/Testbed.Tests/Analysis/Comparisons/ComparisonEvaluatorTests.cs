using Testbed.Harness.Analysis;
using Testbed.Harness.Analysis.Comparisons;

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

    [Fact]
    public void RatioWithinTarget_Passes()
    {
        var result = ComparisonEvaluator.Evaluate([Make("singularity:abi.null:median", "l4-style:syscall.null:median", "<= 0.2")], Rows).Single();

        Assert.Equal(ComparisonStatus.Pass, result.Status);
        Assert.Equal(0.125, result.Ratio);
        Assert.Equal("instr", result.Unit);
    }

    [Fact]
    public void RatioBeyondTarget_Fails()
    {
        var result = ComparisonEvaluator.Evaluate([Make("nooks-style:net.echo.on:median", "nooks-style:net.echo.off:median", "<= 1.05")], Rows).Single();

        Assert.Equal(ComparisonStatus.Fail, result.Status);
        Assert.Equal(3192.0 / 2894, result.Ratio);
    }

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
    public void ConstantDenominator_TakesTheNumeratorsUnit()
    {
        var result = ComparisonEvaluator.Evaluate([Make("singularity:footprint.hello.bytes:median", "16384", "<= 1")], Rows).Single();

        Assert.Equal(ComparisonStatus.Pass, result.Status);
        Assert.Equal(1, result.Ratio);
        Assert.Equal("bytes", result.Unit);
    }

    [Fact]
    public void DifferentUnits_GiveNoRatio()
    {
        var result = ComparisonEvaluator.Evaluate([Make("singularity:footprint.hello.bytes:median", "singularity:abi.null:median", "<= 1")], Rows).Single();

        Assert.Equal(ComparisonStatus.UnitsDiffer, result.Status);
        Assert.Null(result.Ratio);
        Assert.Equal("units bytes/instr", result.Note);
    }

    [Fact]
    public void ZeroDenominator_GivesNoRatio()
    {
        var result = ComparisonEvaluator.Evaluate([Make("singularity:abi.null:median", "0", "<= 1")], Rows).Single();

        Assert.Equal(ComparisonStatus.NoRatio, result.Status);
    }

    [Fact]
    public void StatPicksTheFigure()
    {
        var result = ComparisonEvaluator.Evaluate([Make("l4-style:syscall.null:max", "l4-style:syscall.null:min", "<= 3")], Rows).Single();

        Assert.Equal(2, result.Ratio);
    }
}
