using Testbed.Harness.CycleModel;

namespace Testbed.Tests.CycleModel;

public class PluginOutputTests
{
    internal static readonly string[] Sample =
    [
        "testbed-cycles 1",
        "counters insn.alu insn.syscall data.l2-hit",
        "segment 0 orphans=2",
        "group site=0x401000 windows=3 calibration-changes=0",
        "calibration 0:4",
        "w 2 0:14 1:1",
        "w 1 0:16 1:1 2:1",
        "end",
        "segment 1 orphans=0",
        "total 0:1000 1:3 2:9",
    ];

    [Fact]
    public void Parse_ReadsSegmentsGroupsWindowsAndTheTotal()
    {
        var output = PluginOutput.Parse(Sample, "out.txt");

        Assert.Equal(["insn.alu", "insn.syscall", "data.l2-hit"], output.Counters);
        Assert.Equal(2, output.Segments.Count);
        Assert.Equal(2UL, output.Segments[0].Orphans);
        var group = Assert.Single(output.Segments[0].Groups);
        Assert.Equal(0x401000UL, group.Site);
        Assert.Equal(3UL, group.Windows);
        Assert.Equal([4UL, 0, 0], group.Calibration);
        Assert.Equal([2UL, 1], group.Distinct.Select(w => w.Multiplicity));
        Assert.Equal([16UL, 1, 1], group.Distinct[1].Counts);
        Assert.Empty(output.Segments[1].Groups);
        Assert.Equal([1000UL, 3, 9], output.Total);
    }

    [Fact]
    public void Parse_AFileCutShort_KeepsItsWholeGroupsOnly()
    {
        string[] cut = [.. Sample[..8], "segment 1 orphans=0", "group site=0x402000 windows=5 calibration-changes=0", "calibration", "w 1 0:3"];

        var output = PluginOutput.Parse(cut, "out.txt");

        Assert.Single(output.Segments[0].Groups);
        Assert.Empty(output.Segments[1].Groups);
        Assert.Null(output.Total);
    }

    [Theory]
    [InlineData(new[] { "garbage" }, "out.txt is not the cycle model plugin's output")]
    [InlineData(new[] { "testbed-cycles 1", "counters a", "group site=0x1 windows=1 calibration-changes=0" }, "out.txt:3: a group outside a segment")]
    [InlineData(new[] { "testbed-cycles 1", "counters a", "segment 0 orphans=0", "group site=0x1 windows=2 calibration-changes=0", "w 1 0:1", "end" }, "out.txt:6: the group at 1 says 2 windows but lists 1")]
    [InlineData(new[] { "testbed-cycles 1", "counters a", "segment 0 orphans=0", "group site=0x1 windows=1 calibration-changes=0", "w 1 3:1" }, "out.txt:5: '3:1' is not index:count for one of 1 counters")]
    public void Parse_RefusesWhatThePluginDoesNotWrite(string[] lines, string error)
    {
        var e = Assert.Throws<BadPluginOutputException>(() => PluginOutput.Parse(lines, "out.txt"));

        Assert.StartsWith(error, e.Message);
        Assert.Equal(ExitCodes.ModelUnavailable, e.ExitCode);
    }
}
