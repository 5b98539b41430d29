using Testbed.Harness.Analysis;
using Testbed.Harness.Analysis.Comparisons;

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
}
