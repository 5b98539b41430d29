namespace Testbed.Tests.Analysis.Comparisons;

public class TargetAndPaperRatioTests
{
    [Theory]
    [InlineData("<= 0.2", 0.2, true)]
    [InlineData("<= 0.2", 0.2001, false)]
    [InlineData("< 1.1", 1.1, false)]
    [InlineData("< 1.1", 1.09, true)]
    [InlineData(">= 1", 1, true)]
    [InlineData("> 1", 1, false)]
    public void Target_ComparesTheRatioWithItsBound(string target, double ratio, bool met)
    {
        Assert.Equal(met, Target.Parse(target).IsMetBy(ratio));
    }

    [Theory]
    [InlineData("0.2")]
    [InlineData("== 1")]
    [InlineData("<= fast")]
    [InlineData("<=")]
    public void Target_WithoutOperatorOrNumber_IsAFormatError(string target)
    {
        Assert.Throws<FormatException>(() => Target.Parse(target));
    }

    [Fact]
    public void PaperRatio_KeepsThePapersFigures()
    {
        var ratio = PaperRatio.Parse("87/437")!;

        Assert.Equal(0.199, ratio.Value, precision: 3);
        Assert.Equal("87/437", ratio.ToString());
    }

    [Fact]
    public void PaperRatio_MayBeEmpty_OrOneNumber()
    {
        Assert.Null(PaperRatio.Parse(" "));
        Assert.Equal(1.5, PaperRatio.Parse("1.5")!.Value);
    }

    [Theory]
    [InlineData("87/0")]
    [InlineData("1/2/3")]
    [InlineData("a/437")]
    public void PaperRatio_Malformed_IsAFormatError(string text)
    {
        Assert.Throws<FormatException>(() => PaperRatio.Parse(text));
    }
}
