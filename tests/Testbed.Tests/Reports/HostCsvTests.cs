namespace Testbed.Tests.Reports;

public class HostCsvTests
{
    [Fact]
    public void WrittenFigures_ReadBack_AndOnlyCyclesBecomeBenchRows()
    {
        HostFigure[] figures =
        [
            new("syscall.getppid", HostFigure.Nanoseconds, 20, 57.7, 59.6, 65.4, 60, 1.2, 1.5, "AMD EPYC; TSC 2.596 GHz (measured)"),
            new("syscall.getppid", HostFigure.Cycles, 20, 150, 154.7, 170, 155.8, 3.1, 3.9, "AMD EPYC; TSC 2.596 GHz (measured)"),
        ];
        var writer = new StringWriter();

        HostCsv.Write(writer, figures);
        var read = HostCsv.Read(new StringReader(writer.ToString()), "host.csv");

        Assert.Equal(figures, read);
        var row = Assert.Single(HostCsv.AsBenchRows(read));
        Assert.Equal(("host", "syscall.getppid", "cycles", "host-real", 154.7), (row.Kernel, row.Benchmark, row.Unit, row.Mode, row.Median));
    }
}
