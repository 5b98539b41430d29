namespace Testbed.Tests.Reports;

public class BenchCsvTests
{
    [Fact]
    public void Csv_HasExactlyTheAgreedColumns_InOrder()
    {
        var writer = new StringWriter();

        BenchCsv.Write(writer, [
            new BenchRow("l4-style", "ipc.roundtrip", "instr", "tcg-icount", 1000, 580, 587, 1210, "ipc.roundtrip"),
            new BenchRow("nooks-style", "syscall.null", "cycles", "kvm", 4, 74, 80.5, 148),
        ]);

        Assert.Equal(
            "kernel,benchmark,unit,mode,n,min,median,max,def\n" +
            "l4-style,ipc.roundtrip,instr,tcg-icount,1000,580,587,1210,ipc.roundtrip\n" +
            "nooks-style,syscall.null,cycles,kvm,4,74,80.5,148,\n",
            writer.ToString());
    }

    [Fact]
    public void WriteToFile_ReplacesTheFile_AndLeavesNoTemporaryFile() =>
        ReportFiles.AssertReplacesTheFile("bench.csv", path => BenchCsv.Write(path, [new BenchRow("k", "b", "instr", "tcg-icount", 1, 2, 3, 4)]), "kernel,benchmark,");

    [Fact]
    public void AReference_KeepsEachRowsDefinition_AndAnOldFileReadsAsUndeclared()
    {
        var writer = new StringWriter();
        var row = new BenchRow("l4-style", "disk.read", "instr", "tcg-icount", 1000, 6818, 6818, 13423, "disk.read.4k.to-app-buffer");
        BenchCsv.Write(writer, [new Harness.Analysis.Baselines.ReferenceRow(row, Harness.Analysis.Baselines.Tolerance.Exact)]);

        Assert.Equal(row, Assert.Single(BenchCsv.Read(new StringReader(writer.ToString())).Rows).Figure);
        var old = BenchCsv.Read(new StringReader("kernel,benchmark,unit,mode,n,min,median,max,tolerance\nk,b,instr,tcg-icount,1,2,3,4,exact\n"));
        Assert.Equal("", Assert.Single(old.Rows).Figure.Definition);
    }
}
