namespace Testbed.Tests.Analysis;

public class RecordRowsTests
{
    [Fact]
    public void NamedFootprint_GivesOneBytesRowPerNumericField()
    {
        var records = Records.ParseAll("""{"kind":"footprint","name":"hello","bytes":16384,"image":12288,"note":"pages"}""");

        var rows = RecordRows.From("singularity", MeasurementMode.TcgIcount, records, []);

        Assert.Equal(["footprint.hello.bytes", "footprint.hello.image"], rows.Select(r => r.Benchmark));
        Assert.All(rows, r => Assert.Equal("bytes", r.Unit));
        Assert.Equal(16384, rows[0].Median);
    }

    [Fact]
    public void UnnamedFootprint_UsesTheFieldName()
    {
        var records = Records.ParseAll("""{"kind":"footprint","kernel-bytes":135712}""");

        var row = RecordRows.From("nooks-style", MeasurementMode.TcgIcount, records, []).Single();

        Assert.Equal("footprint.kernel-bytes", row.Benchmark);
    }

    [Fact]
    public void Recoveries_AreSummarisedPerComponent_InTheModesUnit()
    {
        var records = Records.ParseAll(
            """{"kind":"recovery","name":"ata","ok":true,"instr":140000}""",
            """{"kind":"recovery","name":"ata","ok":true,"instr":142000}""",
            """{"kind":"recovery","name":"ata","ok":true,"instr":150000}""",
            """{"kind":"recovery","name":"echo","ok":false}""");

        var row = RecordRows.From("singularity", MeasurementMode.TcgIcount, records, []).Single();

        Assert.Equal(new BenchRow("singularity", "recovery.ata", "instr", "tcg-icount", 3, 140000, 142000, 150000), row);
    }

    [Fact]
    public void BenchOfTheSameName_Wins()
    {
        var records = Records.ParseAll("""{"kind":"recovery","name":"ata","instr":1}""");
        var bench = new BenchRow("nooks-style", "recovery.ata", "instr", "tcg-icount", 1, 500000, 500000, 500000);

        Assert.Empty(RecordRows.From("nooks-style", MeasurementMode.TcgIcount, records, [bench]));
    }
}
