namespace Testbed.Tests.Reports.Charts;

public class LogAxisTests
{
    [Fact]
    public void Spans_IsTrueOnlyPastTwoDecades() 
    {
        Assert.True(LogAxis.Spans([4, 2_249_718]));
        Assert.False(LogAxis.Spans([0.5, 2]));
        Assert.False(LogAxis.Spans([7]));
    }

    [Fact]
    public void Decades_HoldTheValues()
    {
        Assert.Equal((0, 7), LogAxis.Decades([4, 2_249_718]));
        Assert.Equal((-2, 1), LogAxis.Decades([0.0429, 2.75]));
        Assert.Equal((2, 3), LogAxis.Decades([100]));
    }

    [Fact]
    public void Labels_AreValuesNotExponents()
    {
        Assert.Equal("0.01", LogAxis.Label(0.01));
        Assert.Equal("1,000", LogAxis.Label(1000));
        Assert.Equal("1e7", LogAxis.Label(1e7));
    }
}
