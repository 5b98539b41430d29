using Testbed.Harness.Analysis.Comparisons;
using Testbed.Harness.Analysis.Tables;

namespace Testbed.Tests.Analysis.Tables;

public class PaperTableTests
{
    static PaperTable Read(string text) => PaperTable.Read(new StringReader(text), "t", "t.csv");

    static Measurements Run(params BenchRow[] rows) => new(rows);

    // Our kernel's null call (34) and the measured Linux's getppid (340), the latter of the given definition.
    static Measurements CallAndLinux(string linuxDefinition) => Run(
        new BenchRow("k", "syscall.null", "instr", "tcg-icount", 10, 30, 34, 40, "kernel-call.null"),
        new BenchRow("linux", "syscall.getppid", "instr", "tcg-icount", 10, 330, 340, 350, linuxDefinition));

    // A papers/ folder with one table of the paper's figures.
    static TempFolder Papers()
    {
        var folder = new TempFolder("testbed-papers-");
        File.WriteAllText(Path.Combine(folder.Path, "p.csv"), "id,value,unit\ncall.os,91,cycles\ncall.linux,437,cycles\n");
        return folder;
    }

    const string Table = """
        row,column,source,ratio_to
        call,OS (paper),paper:p:call.os,Linux (paper)
        call,Linux (paper),paper:p:call.linux,
        call,ours,k:syscall.null:median,linux
        call,linux,linux:syscall.getppid:median,
        """;

    [Fact]
    public void EachSide_IsDividedByItsOwnLinux()
    {
        using var papers = Papers();
        var values = Read(Table).Evaluate(CallAndLinux("kernel-call.null"), papers.Path);

        Assert.Equal(91 / 437.0, values.Single(v => v.Cell.Column == "OS (paper)").Ratio!.Value, 6);
        Assert.Equal(0.1, values.Single(v => v.Cell.Column == "ours").Ratio!.Value, 6);
        Assert.Equal("cycles", values.Single(v => v.Cell.Column == "OS (paper)").Unit);
        Assert.Equal("instr", values.Single(v => v.Cell.Column == "ours").Unit);
        Assert.Null(values.Single(v => v.Cell.Column == "linux").Ratio);
    }

    [Fact]
    public void FiguresOfDifferentDefinitions_AreNotDivided_AndSaySo()
    {
        using var papers = Papers();
        var values = Read(Table).Evaluate(CallAndLinux("ipc.roundtrip"), papers.Path);

        var ours = values.Single(v => v.Cell.Column == "ours");
        Assert.Null(ours.Ratio);
        Assert.Equal("not divided by linux: kernel-call.null vs ipc.roundtrip", ours.Note);
    }

    [Fact]
    public void AMeasurementTheRunLacks_IsNotMeasured_NotZero()
    {
        using var papers = Papers();
        var values = Read(Table).Evaluate(Run(), papers.Path);

        var ours = values.Single(v => v.Cell.Column == "ours");
        Assert.Null(ours.Value);
        Assert.Equal("not measured in this run", ours.Note);
        Assert.Equal("not measured", Testbed.Harness.Reports.PaperTableExport.CellText(ours));
    }

    [Theory]
    [InlineData("row,column,source,ratio_to\ncall,a,k:x:mean,\n", "t.csv:2: source 'k:x:mean': 'k:x:mean': stat must be min, median, max, n, not 'mean'")]
    [InlineData("row,column,source,ratio_to\ncall,a,k:x:median,b\n", "t.csv:2: ratio_to 'b' is not a column of row 'call'")]
    [InlineData("row,column,source,ratio_to\ncall,a,k:x:median,\ncall,a,k:y:median,\n", "t.csv:3: row 'call' has column 'a' twice")]
    [InlineData("row,column,source\ncall,a,k:x:median\n", "t.csv:1: missing column(s) ratio_to")]
    public void ABadTable_IsRefusedWithItsLine(string text, string message) =>
        Assert.Equal(message, Assert.Throws<BadUsageException>(() => Read(text)).Message);

    [Fact]
    public void Columns_FollowTheRows_ALaterRowsNewColumnGoesAfterItsNeighbour()
    {
        var table = Read("row,column,source,ratio_to\nr1,a,k:x:median,\nr1,c,k:x:median,\nr2,a,k:x:median,\nr2,b,k:x:median,\nr2,c,k:x:median,\n");

        Assert.Equal(["a", "b", "c"], table.Columns);
        Assert.Equal(["r1", "r2"], table.Rows);
    }

    [Fact]
    public void TheMarkdownAndLatex_HaveARowPerRowAndACellPerColumn()
    {
        using var papers = Papers();
        var table = Read(Table);
        var values = table.Evaluate(CallAndLinux("kernel-call.null"), papers.Path);

        string markdown = Testbed.Harness.Reports.PaperTableExport.Markdown(table, values, "caption");
        Assert.Contains("| call | 91 cycles (0.21) | 437 cycles | 34 instr (0.1) | 340 instr |", markdown);
        string latex = Testbed.Harness.Reports.PaperTableExport.Latex(table, values, "50% of it");
        Assert.Contains("call & 91 cycles (0.21) & 437 cycles & 34 instr (0.1) & 340 instr \\\\", latex);
        Assert.Contains("\\caption{50\\% of it}", latex);
    }

    [Fact]
    public void TheCommittedSingularityTable_ReadsAndNamesOnlyPaperFiguresThatExist()
    {
        string root = RepositoryRoot.Locate()!;
        var table = PaperTable.Read(Path.Combine(root, "papers", "tables", "singularity-table1.csv"));
        var values = table.Evaluate(Run(), Path.Combine(root, "papers"));

        Assert.Equal(437, values.Single(v => v.Cell.Row == "minimum kernel API call" && v.Cell.Column == "Linux 2.6.11 (paper)").Value);
        Assert.Contains("linux", table.Columns);
        Assert.Contains("message request/reply", table.Rows);
    }
}
