namespace Testbed.Tests.Analysis.Comparisons;

/// <summary>Like for like: a ratio of figures that measure different things is refused, with both definitions named.</summary>
public class DefinitionRuleTests
{
    static Comparison Make(string numerator, string denominator) =>
        new("c", "d", Quantity.Parse(numerator), Quantity.Parse(denominator), Target.Parse("<= 1.1"), null, "", "");

    static BenchRow Row(string kernel, string benchmark, double median, string definition) =>
        new(kernel, benchmark, "instr", "tcg-icount", 1000, (ulong)median, median, (ulong)median, definition);

    static readonly BenchRow[] Rows =
    [
        Row("l4-style", "disk.read", 6818, BenchDefinitions.DiskReadToAppBuffer),
        Row("l4-style", "disk.read.zero-copy", 4238, BenchDefinitions.DiskReadZeroCopy),
        Row("nooks-style", "disk.read.off", 6344, BenchDefinitions.DiskReadToAppBuffer),
        Row("l4-style", "ipc.roundtrip.inter-as", 228, BenchDefinitions.IpcRoundtrip),
        Row("halcheck", "syscall.null", 36, BenchDefinitions.KernelCallNull),
        Row("halcheck", "address-space.switch", 11, BenchDefinitions.AddressSpaceSwitch),
        Row("singularity", "mystery", 10, BenchDefinitions.Undeclared),
        Row("nooks-style", "old-row", 10, ""),
    ];

    static ComparisonResult Evaluate(string numerator, string denominator) =>
        ComparisonEvaluator.Evaluate([Make(numerator, denominator)], Rows).Single();

    [Fact]
    public void SameDefinitionOnBothSides_IsEvaluated()
    {
        var result = Evaluate("l4-style:disk.read:median", "nooks-style:disk.read.off:median");

        Assert.Equal(ComparisonStatus.Pass, result.Status);
        Assert.Equal(6818.0 / 6344, result.Ratio);
        Assert.Equal(BenchDefinitions.DiskReadToAppBuffer, result.NumeratorDefinition);
        Assert.Equal(BenchDefinitions.DiskReadToAppBuffer, result.DenominatorDefinition);
    }

    [Fact]
    public void ZeroCopyAgainstCopying_IsRefused_NamingBoth()
    {
        var result = Evaluate("l4-style:disk.read.zero-copy:median", "nooks-style:disk.read.off:median");

        Assert.Equal(ComparisonStatus.DefinitionsDiffer, result.Status);
        Assert.Equal("refused", result.StatusLabel);
        Assert.Null(result.Ratio);
        Assert.Equal("definitions differ (disk.read.4k.zero-copy vs disk.read.4k.to-app-buffer)", result.Note);
    }

    [Theory]
    [InlineData("singularity:mystery:median", "no definition for singularity:mystery:median")]
    [InlineData("nooks-style:old-row:median", "no definition for nooks-style:old-row:median")]
    public void AnUndeclaredFigure_IsRefused(string numerator, string note)
    {
        var result = Evaluate(numerator, "nooks-style:disk.read.off:median");

        Assert.Equal(ComparisonStatus.DefinitionsDiffer, result.Status);
        Assert.Equal(note, result.Note);
    }

    [Fact]
    public void ACompositeFloor_IsEvaluated_WithEachTermsDefinition()
    {
        var result = Evaluate("l4-style:ipc.roundtrip.inter-as:median", "2*halcheck:syscall.null:median + halcheck:address-space.switch:median");

        Assert.Equal(ComparisonStatus.Fail, result.Status);       // evaluated: 2.7 against <= 1.1
        Assert.Equal(228.0 / 83, result.Ratio);
        Assert.Equal("kernel-call.null+address-space.switch", result.DenominatorDefinition);
    }

    [Fact]
    public void AConstant_CarriesNoDefinition_AndIsEvaluated()
    {
        var result = Evaluate("l4-style:ipc.roundtrip.inter-as:median", "587");

        Assert.Equal(ComparisonStatus.Pass, result.Status);
        Assert.Equal("", result.DenominatorDefinition);
    }

    [Fact]
    public void EveryDefinitionId_IsDescribedInTheDocs()
    {
        var ids = typeof(BenchDefinitions).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var docs = File.ReadAllText(Path.Combine(Support.CommittedResults.Root, "docs", "definitions.md"));

        Assert.True(ids.Count > 20);
        Assert.All(ids, id => Assert.Contains($"`{id}`", docs));
    }
}
