using Testbed.Harness.CycleModel;

namespace Testbed.Tests.CycleModel;

public class RecordMatchTests
{
    static PluginOutput Output => PluginOutput.Parse(PluginOutputTests.Sample, "out.txt");

    // The sample group: windows of 14+1, 14+1 and 16+1+0 instructions (alu + syscall), calibration 4.
    [Fact]
    public void ARecordWhoseStatisticsTheCalibratedWindowsReproduce_IsModelled()
    {
        var record = new BenchRecord("syscall.null", 3, 11, 11, 13, null);

        var match = Assert.Single(RecordMatch.All([record], Output));

        Assert.NotNull(match.Group);
        Assert.True(match.Calibrated);
        Assert.Null(match.NotModelled);
    }

    [Fact]
    public void ARecordThatDidNotSubtractTheReadCost_MatchesTheRawWindows()
    {
        var match = Assert.Single(RecordMatch.All([new BenchRecord("task.create", 3, 15, 15, 17, null)], Output));

        Assert.NotNull(match.Group);
        Assert.False(match.Calibrated);
    }

    [Theory]
    [InlineData(3UL, 11UL, 12UL, 13UL, "no group of 3 windows comes within 2 % of its instruction counts")]
    [InlineData(4UL, 11UL, 11UL, 13UL, "no group of 4 windows")]
    public void ARecordNoGroupReproducesExactly_IsNotModelled_AndSaysWhy(ulong n, ulong min, ulong median, ulong max, string why)
    {
        var match = Assert.Single(RecordMatch.All([new BenchRecord("other", n, min, median, max, null)], Output));

        Assert.Null(match.Group);
        Assert.StartsWith(why, match.NotModelled);
    }

    [Fact]
    public void ARecordWithinTwoPercentOfOneGroup_IsANearMatch_WithItsDeviation()
    {
        // The guest took a few instructions off one sample (halted time): max 14, not 13.
        var match = Assert.Single(RecordMatch.All([new BenchRecord("disk.read", 3, 11, 11, 14, null)], Output));

        Assert.NotNull(match.Group);
        Assert.False(match.IsExact);
        Assert.Equal(0, match.MedianDeviation);
    }

    [Fact]
    public void TwoGroupsWithinTwoPercentAndNeitherExact_AreAmbiguous_AndNotModelled()
    {
        string[] twoSites = [.. PluginOutputTests.Sample[..8], "group site=0x402000 windows=3 calibration-changes=0", "calibration 0:4", "w 3 0:14 1:1", "end", .. PluginOutputTests.Sample[8..]];
        var output = PluginOutput.Parse(twoSites, "out.txt");

        var match = Assert.Single(RecordMatch.All([new BenchRecord("disk.read", 3, 11, 11, 14, null)], output));

        Assert.Null(match.Group);
        Assert.StartsWith("2 groups of 3 windows come within 2 %", match.NotModelled);
    }

    [Fact]
    public void AGroupIsTheSamplesOfOneRecordOnly()
    {
        var twin = new BenchRecord("syscall.null", 3, 11, 11, 13, null);

        var matches = RecordMatch.All([twin, twin with { Name = "again" }], Output);

        Assert.NotNull(matches[0].Group);
        Assert.Null(matches[1].Group);
    }

    [Fact]
    public void ModelledFigure_WeighsEveryWindowByTheModel_AndTakesTheMedianAsTheKernelsDo()
    {
        var model = CpuModelFile.Parse("name t\nversion 1\ncost insn.alu 0.5 # s\ncost insn.syscall 100 # s\ncost data.l2-hit 12 # s", "t.model");
        var match = RecordMatch.All([new BenchRecord("syscall.null", 3, 11, 11, 13, null)], Output)[0];

        var figure = ModelledFigure.Of(match, Output.Counters, model);

        // Calibrated windows: 10 alu + 1 syscall (twice) = 105; 12 alu + 1 syscall + 1 L2 hit = 118.
        Assert.Equal((3UL, 105.0, 105.0, 118.0), (figure.N, figure.Min, figure.Median, figure.Max));
        Assert.Equal(new Dictionary<string, ulong> { ["insn.alu"] = 10, ["insn.syscall"] = 1 }, figure.MedianCounts);
    }

    [Theory]
    [InlineData(new ulong[] { 5, 1, 9, 1 }, 5UL, 7UL)]       // 5, 9: even count, mean of the middle two
    [InlineData(new ulong[] { 5, 2, 9, 1 }, 5UL, 5UL)]       // 5, 5, 9
    public void OfWhole_CountsMultiplicities(ulong[] valueAndMultiplicity, ulong min, ulong median)
    {
        var values = valueAndMultiplicity.Chunk(2).Select(p => (p[0], p[1]));

        var stats = WindowStatistics.OfWhole(values);

        Assert.Equal(min, stats.Min);
        Assert.Equal(median, stats.Median);
    }
}
