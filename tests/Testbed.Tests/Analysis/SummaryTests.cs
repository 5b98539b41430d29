namespace Testbed.Tests.Analysis;

public class SummaryTests
{
    [Fact]
    public void OddCount_MedianIsTheMiddleValue()
    {
        var summary = Summary.Of([40, 212, 38, 41, 39]);

        Assert.Equal(new Summary(5, 38, 40, 212), summary);
    }

    [Fact]
    public void EvenCount_MedianIsTheMeanOfTheMiddleTwo()
    {
        var summary = Summary.Of([10, 40, 20, 30]);

        Assert.Equal(new Summary(4, 10, 25, 40), summary);
    }

    [Fact]
    public void EvenCount_MedianOfHugeValues_DoesNotOverflow()
    {
        Assert.Equal((double)ulong.MaxValue, Summary.Of([ulong.MaxValue, ulong.MaxValue]).Median);
    }

    [Fact]
    public void SingleValue_IsItsOwnMinMedianAndMax()
    {
        Assert.Equal(new Summary(1, 7, 7, 7), Summary.Of([7]));
    }

    [Fact]
    public void NoValues_IsAnError()
    {
        Assert.Throws<ArgumentException>(() => Summary.Of([]));
    }
}
