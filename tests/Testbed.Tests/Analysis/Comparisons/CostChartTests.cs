namespace Testbed.Tests.Analysis.Comparisons;

public class CostChartTests
{
    const string Costs = """
        cost,series,measurement
        null kernel call,monolithic,nooks-style:syscall.null.off:median
        null kernel call,l4-style,l4-style:syscall.null:median
        IPC round trip,l4-style,l4-style:ipc.roundtrip.inter-as:median
        IPC round trip,floor,2*halcheck:syscall.null:median
        """;

    [Fact]
    public void CostsAndSeries_KeepTheFilesOrder()
    {
        var chart = CostChart.Read(new StringReader(Costs), "costs.csv");

        Assert.Equal(["null kernel call", "IPC round trip"], chart.Costs);
        Assert.Equal(["monolithic", "l4-style", "floor"], chart.Series);
    }

    [Fact]
    public void Evaluate_LeavesHoles_WhereNothingWasMeasuredOrDefined()
    {
        var chart = CostChart.Read(new StringReader(Costs), "costs.csv");

        var values = chart.Evaluate([
            new BenchRow("nooks-style", "syscall.null.off", "instr", "tcg-icount", 10, 38, 38, 38),
            new BenchRow("halcheck", "syscall.null", "instr", "tcg-icount", 10, 36, 36, 36),
        ]);

        Assert.Equal(38, values[0, 0]);
        Assert.Null(values[0, 1]);   // l4-style not measured
        Assert.Null(values[0, 2]);   // no floor for a null call in the file
        Assert.Null(values[1, 0]);
        Assert.Equal(72, values[1, 2]);
    }

    [Fact]
    public void DuplicateCell_IsRefused()
    {
        var error = Assert.Throws<BadUsageException>(() => CostChart.Read(
            new StringReader("cost,series,measurement\na,b,k:x:median\na,b,k:y:median\n"), "costs.csv"));

        Assert.Equal("costs.csv:3: 'a' of 'b' appears twice", error.Message);
    }

    [Fact]
    public void ACellOfAnotherDefinition_IsLeftOut_AndNamed()
    {
        var chart = CostChart.Read(new StringReader("""
            cost,series,measurement,def
            disk read,monolithic,nooks-style:disk.read.off:median,disk.read.4k.to-app-buffer
            disk read,l4-style,l4-style:disk.read.zero-copy:median,disk.read.4k.to-app-buffer
            """), "costs.csv");
        BenchRow[] rows =
        [
            new("nooks-style", "disk.read.off", "instr", "tcg-icount", 10, 6344, 6344, 6344, "disk.read.4k.to-app-buffer"),
            new("l4-style", "disk.read.zero-copy", "instr", "tcg-icount", 10, 4238, 4238, 4238, "disk.read.4k.zero-copy"),
        ];

        var values = chart.Evaluate(rows);

        Assert.Equal(6344, values[0, 0]);
        Assert.Null(values[0, 1]);
        Assert.Equal([new CostChart.Excluded("disk read", "l4-style", "disk.read.4k.zero-copy")], chart.ExcludedCells(rows));
    }

    [Fact]
    public void TwoDefinitionsForOneCost_AreRefused()
    {
        var error = Assert.Throws<BadUsageException>(() => CostChart.Read(
            new StringReader("cost,series,measurement,def\na,b,k:x:median,d1\na,c,k:y:median,d2\n"), "costs.csv"));

        Assert.Equal("costs.csv:3: 'a' has def 'd1' in an earlier row, 'd2' here: one definition per cost", error.Message);
    }
}
