namespace Testbed.Tests.Analysis;

public class RatioTests
{
    [Fact]
    public void Ratio_IsValueOverBaseline()
    {
        Assert.Equal(2.5, Ratio.Of(250, 100));
    }

    [Fact]
    public void Overhead_IsInPercentAboveTheBaseline()
    {
        Assert.Equal(10, Ratio.OverheadPercent(110, 100)!.Value, precision: 9);
    }

    [Fact]
    public void ZeroBaseline_HasNoRatio()
    {
        Assert.Null(Ratio.Of(5, 0));
        Assert.Null(Ratio.OverheadPercent(5, 0));
    }
}
