namespace Testbed.Tests.Analysis;

public class BenchRowsTests
{
    [Fact]
    public void BenchRecords_AreLabelledWithTheUnitOfTheMode()
    {
        var records = Records.ParseAll("""{"kind":"bench","name":"ipc","n":1000,"min":1,"median":2,"max":3}""");

        var rows = BenchRows.From("l4-style", MeasurementMode.TcgIcount, records);

        Assert.Equal([new BenchRow("l4-style", "ipc", "instr", "tcg-icount", 1000, 1, 2, 3)], rows);
    }

    [Fact]
    public void RawSamples_WithoutABenchRecord_AreSummarisedByTheHarness()
    {
        var records = Records.ParseAll(
            """{"kind":"sample","name":"ipc","i":0,"value":30}""",
            """{"kind":"sample","name":"ipc","i":1,"value":10}""",
            """{"kind":"sample","name":"ipc","i":2,"value":20}""",
            """{"kind":"sample","name":"ipc","i":3,"value":40}""");

        var rows = BenchRows.From("k", MeasurementMode.Kvm, records);

        Assert.Equal([new BenchRow("k", "ipc", "cycles", "kvm", 4, 10, 25, 40)], rows);
    }

    [Fact]
    public void RawSamples_OfABenchTheKernelSummarised_AreNotCountedTwice()
    {
        var records = Records.ParseAll(
            """{"kind":"sample","name":"ipc","i":0,"value":30}""",
            """{"kind":"bench","name":"ipc","n":1,"min":30,"median":30,"max":30}""");

        Assert.Single(BenchRows.From("k", MeasurementMode.Tcg, records));
    }
}
