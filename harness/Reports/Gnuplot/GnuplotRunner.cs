using System.Diagnostics;

namespace Testbed.Harness.Reports.Gnuplot;

/// <summary>
/// Runs gnuplot on a script in its folder, if gnuplot is installed (Debian gnuplot-nox;
/// ./setup installs it). Without it the scripts are still there to run elsewhere.
/// </summary>
public static class GnuplotRunner
{
    public const string InstallHint = "sudo apt-get install gnuplot-nox";

    /// <summary>gnuplot on PATH, or null.</summary>
    public static string? Locate() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "gnuplot"))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs <paramref name="script"/> with its folder as the working directory; returns gnuplot's error text, or null on success.</summary>
    public static async Task<string?> RunAsync(string gnuplot, string script, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(gnuplot)
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(script))!,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add(Path.GetFileName(script));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {gnuplot}");
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        _ = process.StandardOutput.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        var text = (await errors).Trim();
        return process.ExitCode == 0 ? null : text.Length > 0 ? text : $"gnuplot exited with {process.ExitCode}";
    }
}
