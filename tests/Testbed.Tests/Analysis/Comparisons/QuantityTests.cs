namespace Testbed.Tests.Analysis.Comparisons;

public class QuantityTests
{
    static double? Lookup(MeasurementRef m) => (m.Kernel, m.Benchmark, m.Stat) switch
    {
        ("halcheck", "syscall.null", "median") => 36,
        ("halcheck", "address-space.switch", "median") => 11,
        _ => null,
    };

    [Fact]
    public void HardwareFloor_IsTwoNullCallsPlusTheSwitch()
    {
        var floor = Quantity.Parse("2*halcheck:syscall.null:median + halcheck:address-space.switch:median");

        Assert.Equal(83, floor.Evaluate(Lookup));
        Assert.Equal(2, floor.Measurements.Count());
    }

    [Fact]
    public void Constant_NeedsNoMeasurement()
    {
        var constant = Quantity.Parse("16384");

        Assert.Equal(16384, constant.Evaluate(_ => throw new InvalidOperationException("looked up")));
        Assert.Empty(constant.Measurements);
    }

    [Fact]
    public void AnyMissingTerm_MakesTheWholeQuantityMissing()
    {
        var sum = Quantity.Parse("halcheck:syscall.null:median + l4-style:syscall.null:median");

        Assert.Null(sum.Evaluate(Lookup));
    }

    [Theory]
    [InlineData("")]
    [InlineData("halcheck:syscall.null")]
    [InlineData("halcheck:syscall.null:mean")]
    [InlineData("two*halcheck:syscall.null:median")]
    [InlineData("halcheck:syscall.null:median +")]
    [InlineData("a b:c:median")]
    public void Malformed_IsAFormatError(string text)
    {
        Assert.Throws<FormatException>(() => Quantity.Parse(text));
    }

    [Fact]
    public void PrintsBackAsWritten()
    {
        Assert.Equal("2*halcheck:syscall.null:median + halcheck:address-space.switch:median",
            Quantity.Parse(" 2 * halcheck:syscall.null:median+halcheck:address-space.switch:median ").ToString());
    }
}
