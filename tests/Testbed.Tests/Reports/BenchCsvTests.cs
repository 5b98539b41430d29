using Testbed.Harness.Analysis;
using Testbed.Harness.Reports;

namespace Testbed.Tests.Reports;

public class BenchCsvTests
{
    [Fact]
    public void Csv_HasExactlyTheAgreedColumns_InOrder()
    {
        var writer = new StringWriter();

        BenchCsv.Write(writer, [
            new BenchRow("l4-style", "ipc.roundtrip", "instr", "tcg-icount", 1000, 580, 587, 1210),
            new BenchRow("nooks-style", "syscall.null", "cycles", "kvm", 4, 74, 80.5, 148),
        ]);

        Assert.Equal(
            "kernel,benchmark,unit,mode,n,min,median,max\n" +
            "l4-style,ipc.roundtrip,instr,tcg-icount,1000,580,587,1210\n" +
            "nooks-style,syscall.null,cycles,kvm,4,74,80.5,148\n",
            writer.ToString());
    }

    [Fact]
    public void WriteToFile_ReplacesTheFile_AndLeavesNoTemporaryFile() =>
        ReportFiles.AssertReplacesTheFile("bench.csv", path => BenchCsv.Write(path, [new BenchRow("k", "b", "instr", "tcg-icount", 1, 2, 3, 4)]), "kernel,benchmark,");
}
