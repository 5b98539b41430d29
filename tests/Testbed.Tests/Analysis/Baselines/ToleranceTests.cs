using Testbed.Harness.Analysis.Baselines;

namespace Testbed.Tests.Analysis.Baselines;

public class ToleranceTests
{
    [Theory]
    [InlineData("exact", 0)]
    [InlineData("±15%", 15)]
    [InlineData("+-2.5%", 2.5)]
    [InlineData(" 10% ", 10)]
    public void TheToleranceColumn_ReadsExactAndPercentBands(string text, double percent) =>
        Assert.Equal(new Tolerance(percent), Tolerance.TryParse(text));

    [Theory]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("±-3%")]
    [InlineData("loose")]
    public void AnythingElse_IsNotATolerance(string text) => Assert.Null(Tolerance.TryParse(text));

    [Fact]
    public void ToleranceWritesBack_AsItIsRead()
    {
        Assert.Equal("exact", Tolerance.Exact.ToString());
        Assert.Equal("±15%", new Tolerance(15).ToString());
        Assert.Equal("±2.5%", new Tolerance(2.5).ToString());
    }

    [Fact]
    public void Exact_AllowsOnlyTheSameFigure()
    {
        Assert.True(Tolerance.Exact.Allows(228, 228));
        Assert.False(Tolerance.Exact.Allows(228, 229));
        Assert.False(Tolerance.Exact.Allows(228, 227));
    }

    [Fact]
    public void ABand_AllowsUpToItsPercentageEitherWay()
    {
        var band = new Tolerance(10);
        Assert.True(band.Allows(1000, 1100));
        Assert.True(band.Allows(1000, 900));
        Assert.False(band.Allows(1000, 1101));
        Assert.False(band.Allows(1000, 899));
        Assert.False(band.Allows(1000, 1700));   // the regression the check exists for
    }
}
