using System.Diagnostics;

namespace Testbed.Harness.HostFigures;

/// <summary>
/// Runs the benchmark program (benchmarks/Host, built with the solution) as a child process:
/// BenchmarkDotNet wants a process of its own (it sets priority and affinity, and its
/// in-process toolchain runs the benchmarks in the program that calls it), so the harness
/// keeps out of its way and reads host.csv afterwards. Its output is passed through line by line.
/// </summary>
public static class HostBenchmarkProgram
{
    const string ProgramFolder = "artifacts/bin/Testbed.Host";

    /// <summary>
    /// The benchmark program built with the same configuration as this harness (./testbed
    /// builds Release, `dotnet test` builds Debug: artifacts/bin/&lt;project&gt;/&lt;configuration&gt;/),
    /// else whichever configuration is built.
    /// </summary>
    public static string Locate(string repositoryRoot)
    {
        var own = Path.GetFileName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var candidates = new[] { own, "release", "debug" }.Distinct()
            .Select(configuration => Path.Combine(repositoryRoot, ProgramFolder, configuration, "Testbed.Host.dll"));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new HarnessException(ExitCodes.BadImage,
                $"{Path.Combine(repositoryRoot, ProgramFolder, own, "Testbed.Host.dll")} is not built: dotnet build Testbed.sln (or ./testbed, which builds first)");
    }

    public static async Task<int> RunAsync(string repositoryRoot, string job, string outputFolder, Action<string> line, CancellationToken cancellation)
    {
        var program = Locate(repositoryRoot);
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
