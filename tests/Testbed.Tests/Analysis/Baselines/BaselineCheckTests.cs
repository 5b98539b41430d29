using Testbed.Harness.Analysis.Baselines;

namespace Testbed.Tests.Analysis.Baselines;

public class BaselineCheckTests
{
    static BenchRow Row(string benchmark, double median, string unit = "instr", string mode = "tcg-icount") =>
        new("l4-style", benchmark, unit, mode, 1000, (ulong)median, median, (ulong)median);

    static ReferenceRow Exact(string benchmark, double median) => new(Row(benchmark, median), Tolerance.Exact);

    [Fact]
    public void TheSameFigures_Hold()
    {
        var result = BaselineCheck.Compare([Exact("ipc", 228), Exact("null", 24)], [Row("ipc", 228), Row("null", 24)]);

        Assert.False(result.Failed);
        Assert.Equal(2, result.Held);
    }

    [Fact]
    public void AnExactFigureThatMovesByOne_Fails_WithItsDelta()
    {
        var result = BaselineCheck.Compare([Exact("ipc", 228)], [Row("ipc", 229)]);

        Assert.True(result.Failed);
        var moved = Assert.Single(result.Moved);
        Assert.Equal(1, moved.Delta);
        Assert.Equal(100.0 / 228, moved.DeltaPercent!.Value, 6);
    }

    [Fact]
    public void AHostTimedFigure_HoldsInsideItsBand_AndFailsOutside()
    {
        ReferenceRow disk = new(Row("disk.read", 6345), new Tolerance(10));

        Assert.False(BaselineCheck.Compare([disk], [Row("disk.read", 6556)]).Failed);
        Assert.True(BaselineCheck.Compare([disk], [Row("disk.read", 10_787)]).Failed);  // +70 %
    }

    [Fact]
    public void AReferenceRowTheRunDidNotReport_IsMissing_AndFails()
    {
        var result = BaselineCheck.Compare([Exact("ipc", 228), Exact("gone", 5)], [Row("ipc", 228)]);

        Assert.True(result.Failed);
        Assert.Equal("gone", Assert.Single(result.Missing).Figure.Benchmark);
    }

    [Fact]
    public void ARowTheReferenceDoesNotHave_IsNew_AndDoesNotFail()
    {
        var result = BaselineCheck.Compare([Exact("ipc", 228)], [Row("ipc", 228), Row("fresh", 7)]);

        Assert.False(result.Failed);
        Assert.Equal("fresh", Assert.Single(result.New).Benchmark);
    }

    [Fact]
    public void TheSameNumberInAnotherUnitOrMode_IsNotTheSameFigure()
    {
        var result = BaselineCheck.Compare([Exact("ipc", 228)], [Row("ipc", 228, "cycles", "kvm")]);

        Assert.True(Assert.Single(result.Moved).UnitOrModeDiffers);
    }

    [Fact]
    public void AFigureWhoseDefinitionChanged_Moved_EvenWithTheSameNumber()
    {
        var reference = new ReferenceRow(Row("disk.read", 4238) with { Definition = "disk.read.4k.zero-copy" }, Tolerance.Exact);

        var result = BaselineCheck.Compare([reference], [Row("disk.read", 4238) with { Definition = "disk.read.4k.to-app-buffer" }]);

        Assert.True(Assert.Single(result.Moved).DefinitionDiffers);
    }

    [Fact]
    public void AReferenceWithoutDefinitions_AcceptsAny()
    {
        var result = BaselineCheck.Compare([Exact("ipc", 228)], [Row("ipc", 228) with { Definition = "ipc.roundtrip" }]);

        Assert.False(result.Failed);
    }
}
