using Testbed.Harness.Analysis.Baselines;

namespace Testbed.Tests.Reports;

/// <summary>Bench CSVs as references: the tolerance column is read, written and kept when a run rewrites the file.</summary>
public sealed class ReferenceCsvTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("testbed-reference-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static BenchRow Row(string benchmark, double median) => new("nooks-style", benchmark, "instr", "tcg-icount", 1000, 1, median, 9);

    [Fact]
    public void APlainBenchCsv_ReadsAsEveryRowExact()
    {
        var file = BenchCsv.Read(new StringReader("kernel,benchmark,unit,mode,n,min,median,max\nk,b,instr,tcg-icount,1000,4,4,4\n"));

        Assert.False(file.HasTolerance);
        Assert.Equal(new ReferenceRow(new BenchRow("k", "b", "instr", "tcg-icount", 1000, 4, 4, 4), Tolerance.Exact), Assert.Single(file.Rows));
    }

    [Fact]
    public void AReference_WritesTheToleranceColumnLast_AndReadsItBack()
    {
        var writer = new StringWriter();
        BenchCsv.Write(writer, [new ReferenceRow(Row("disk.read.off", 6345), new Tolerance(10)), new ReferenceRow(Row("syscall.null.off", 38), Tolerance.Exact)]);

        Assert.Equal(
            "kernel,benchmark,unit,mode,n,min,median,max,def,tolerance\n" +
            "nooks-style,disk.read.off,instr,tcg-icount,1000,1,6345,9,,±10%\n" +
            "nooks-style,syscall.null.off,instr,tcg-icount,1000,1,38,9,,exact\n",
            writer.ToString());
        var file = BenchCsv.Read(new StringReader(writer.ToString()));
        Assert.True(file.HasTolerance);
        Assert.Equal([new Tolerance(10), Tolerance.Exact], file.Rows.Select(r => r.Tolerance));
    }

    [Theory]
    [InlineData("kernel,benchmark,unit,mode,n,min,median,max,tolerance\nk,b,instr,tcg-icount,1,4,4,4,roughly\n", "tolerance 'roughly'")]
    [InlineData("kernel,benchmark,unit,mode,n,min,median,max\nk,b,instr,tcg-icount,1,4,four,4\n", "line 2")]
    [InlineData("kernel,benchmark,median\nk,b,4\n", "no unit, mode, n, min, max column")]
    public void ABadReference_IsBadUsage_SayingWhere(string text, string expected)
    {
        var error = Assert.Throws<BadUsageException>(() => BenchCsv.Read(new StringReader(text), "ref.csv"));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void RewritingAReference_KeepsEachRowsTolerance_AndANewRowStartsExact()
    {
        var path = Path.Combine(folder, "nooks.csv");
        BenchCsv.Write(path, [new ReferenceRow(Row("disk.read.off", 6345), new Tolerance(10)), new ReferenceRow(Row("gone", 1), new Tolerance(50))]);

        var defaulted = ReferenceFile.Write(path, [Row("disk.read.off", 6556), Row("net.echo.off", 2894)]);

        Assert.Equal("net.echo.off", Assert.Single(defaulted).Benchmark);
        Assert.Equal([
            "kernel,benchmark,unit,mode,n,min,median,max,def,tolerance",
            "nooks-style,disk.read.off,instr,tcg-icount,1000,1,6556,9,,±10%",
            "nooks-style,net.echo.off,instr,tcg-icount,1000,1,2894,9,,exact",
        ], File.ReadAllLines(path));
    }

    [Fact]
    public void WritingOverAPlainCsv_StaysPlain_UnlessAReferenceIsAskedFor()
    {
        var path = Path.Combine(folder, "plain.csv");
        ReferenceFile.Write(path, [Row("a", 1)]);
        Assert.Equal("kernel,benchmark,unit,mode,n,min,median,max,def", File.ReadLines(path).First());

        ReferenceFile.Write(path, [Row("a", 1)], asReference: true);
        Assert.Equal("nooks-style,a,instr,tcg-icount,1000,1,1,9,,exact", File.ReadLines(path).Last());
    }
}
