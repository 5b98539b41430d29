using System.Diagnostics;
using Testbed.Harness.Outcomes;

namespace Testbed.Harness.HostFigures;

/// <summary>
/// Runs the benchmark program (benchmarks/Host, built with the solution) as a child process:
/// BenchmarkDotNet wants a process of its own (it sets priority and affinity, and its
/// in-process toolchain runs the benchmarks in the program that calls it), so the harness
/// keeps out of its way and reads host.csv afterwards. Its output is passed through line by line.
/// </summary>
public static class HostBenchmarkProgram
{
    public const string RelativePath = "artifacts/bin/Testbed.Host/release/Testbed.Host.dll";

    public static async Task<int> RunAsync(string repositoryRoot, string job, string outputFolder, Action<string> line, CancellationToken cancellation)
    {
        var program = Path.Combine(repositoryRoot, RelativePath);
        if (!File.Exists(program))
            throw new HarnessException(ExitCodes.BadImage, $"{program} is not built: dotnet build Testbed.sln (or ./testbed, which builds first)");
        var start = new ProcessStartInfo(Dotnet()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { program, "--job", job, "--out", outputFolder })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new HarnessException(ExitCodes.ChecksFailed, "cannot start dotnet");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) line(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) line(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return process.ExitCode;
    }

    /// <summary>The dotnet host that runs the harness, else dotnet on PATH.</summary>
    static string Dotnet() =>
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
}
