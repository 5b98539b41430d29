namespace Testbed.Tests.Reports;

public sealed class ProvenanceTests
{
    [Fact]
    public void TheSidecar_SitsBesideTheCsv()
    {
        Assert.Equal(Path.Combine("results", "l4-style.provenance.json"), Provenance.PathFor(Path.Combine("results", "l4-style.csv")));
        Assert.Equal(Path.Combine("results", "compare", "measurements.provenance.json"), Provenance.PathFor(Path.Combine("results", "compare", "measurements.csv")));
    }

    [Fact]
    public void WrittenBesideACsv_ItReadsBack()
    {
        using var folder = new TempFolder("testbed-provenance-");
        var csv = folder.PathOf("x.csv");
        var made = new Provenance("./testbed bench halcheck --iterations 1000 --csv x.csv", new string('a', 40), true,
            "QEMU emulator version 7.2.22", "tcg-icount", ["halcheck"], 1000, "drivers", new DateTime(2026, 12, 2, 5, 0, 0, DateTimeKind.Utc));

        made.WriteBeside(csv);

        var read = Provenance.ReadBeside(csv)!;
        Assert.Equal(made with { Kernels = read.Kernels }, read);
        Assert.Equal(["halcheck"], read.Kernels);
        Assert.Contains("\"commit\": \"aaaa", File.ReadAllText(Provenance.PathFor(csv)));
        Assert.Null(Provenance.ReadBeside(folder.PathOf("none.csv")));
    }
}
