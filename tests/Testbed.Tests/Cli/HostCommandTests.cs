using Testbed.Harness.Cli;

namespace Testbed.Tests.Cli;

/// <summary>
/// testbed host --dry runs the real benchmark program (benchmarks/Host) with BenchmarkDotNet's
/// dry job (one cold invocation of each benchmark: seconds) and leaves host.csv with every
/// paper row, in ns and cycles, all positive, beside BenchmarkDotNet's own reports and the host chart.
/// </summary>
public class HostCommandTests
{
    static readonly string[] Rows =
        ["syscall.getppid", "pipe.roundtrip", "socket.roundtrip", "process.spawn.static", "process.spawn.bin-true", "thread.switch"];

    [Fact]
    public async Task DryRun_WritesEveryHostRow_InNsAndCycles_AllPositive()
    {
        var root = RepositoryRoot.Locate()!;
        var folder = Path.Combine(Path.GetTempPath(), $"testbed-host-{Guid.NewGuid():N}");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await TestbedCli.RunAsync(["host", "--dry", "--quiet", "--out", folder],
                Terminal.Plain(output, error), root, CancellationToken.None);

            Assert.True(exit == 0, $"exit {exit}: {error}\n{output}");
            var figures = HostCsv.Read(Path.Combine(folder, HostCsv.FileName));
            foreach (var unit in new[] { HostFigure.Nanoseconds, HostFigure.Cycles })
                foreach (var row in Rows)
                {
                    var figure = Assert.Single(figures, f => f.Benchmark == row && f.Unit == unit);
                    Assert.True(figure.Median > 0 && figure.Mean > 0 && figure.N > 0, $"{row} {unit}: {figure}");
                }
            Assert.NotEmpty(Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories).Where(f => !f.EndsWith(HostCsv.FileName)));
            Assert.NotEmpty(Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories));
            Assert.Contains("syscall.getppid", output.ToString());
            foreach (var extension in new[] { ".png", ".svg", ".csv" })
                Assert.True(File.Exists(Path.Combine(folder, HostChart.Name + extension)), HostChart.Name + extension);
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }
}
