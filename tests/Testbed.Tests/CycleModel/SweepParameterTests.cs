using Testbed.Harness.CycleModel;

namespace Testbed.Tests.CycleModel;

public class SweepParameterTests
{
    static readonly CpuModel Model = CpuModelFile.Parse(
        "name t\nversion 1\ncost insn.syscall 50 # s\ncost insn.cr3-write 225 # s\ncost data.l2-hit 8 # s", "t.model");

    [Fact]
    public void ARange_IsCutIntoEvenStepsWithBothEnds_AndAShortNameIsAnInstructionClass()
    {
        var p = SweepParameter.Parse("syscall=50..400", Model, steps: 8);

        Assert.Equal("insn.syscall", p.Cost);
        Assert.Equal([50.0, 100, 150, 200, 250, 300, 350, 400], p.Values);
    }

    [Fact]
    public void AList_IsTakenAsWritten()
    {
        var p = SweepParameter.Parse("data.l2-hit=4,8,16", Model);

        Assert.Equal("data.l2-hit", p.Cost);
        Assert.Equal([4.0, 8, 16], p.Values);
    }

    [Theory]
    [InlineData("syscall", "--param 'syscall': expected NAME=FROM..TO or NAME=V1,V2,...")]
    [InlineData("wrmsr=1,2", "--param 'wrmsr=1,2': model t@1 has no cost 'wrmsr'")]
    [InlineData("syscall=400..50", "--param 'syscall=400..50': a range goes up (FROM < TO)")]
    [InlineData("syscall=10,x", "--param 'syscall=10,x': 'x' is not a number of cycles >= 0")]
    public void ABadParameter_IsRefusedWithWhy(string text, string error)
    {
        var e = Assert.Throws<BadModelException>(() => SweepParameter.Parse(text, Model));

        Assert.StartsWith(error, e.Message);
    }

    [Fact]
    public void Points_AreEveryCombination_TheFirstParameterSlowest()
    {
        var points = SweepParameter.Points([SweepParameter.Parse("syscall=1,2", Model), SweepParameter.Parse("cr3-write=10,20,30", Model)]).ToList();

        Assert.Equal(6, points.Count);
        Assert.Equal([(1.0, 10.0), (1, 20), (1, 30), (2, 10), (2, 20), (2, 30)], points.Select(p => (p["insn.syscall"], p["insn.cr3-write"])));
    }

    [Fact]
    public void ASweptCost_ChangesTheModelledCyclesOfTheSameCounts_AndNothingElse()
    {
        var output = PluginOutput.Parse(
            ["testbed-cycles 1", "counters insn.syscall insn.cr3-write data.l2-hit", "segment 0 orphans=0",
             "group site=0x1 windows=1 calibration-changes=0", "calibration", "w 1 0:2 1:1 2:3", "end"], "out.txt");
        var boot = ModelledBoot.From(Model, output, [new BenchRecord("call", 1, 3, 3, 3, null)]);

        var before = Assert.Single(boot.Rows("k")).Median;
        var after = Assert.Single(boot.Under(Model.WithCosts(new Dictionary<string, double> { ["insn.syscall"] = 400 })).Rows("k")).Median;

        Assert.Equal(2 * 50 + 225 + 3 * 8, before);
        Assert.Equal(2 * 400 + 225 + 3 * 8, after);
    }
}
