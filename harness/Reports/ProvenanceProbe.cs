using System.Diagnostics;

namespace Testbed.Harness.Reports;

/// <summary>What <see cref="Provenance"/> records about the machine and the checkout: git's HEAD and QEMU's version line.</summary>
public static class ProvenanceProbe
{
    public const string Unknown = "unknown";

    /// <summary>HEAD's commit and whether tracked files outside results/ differ from it; "unknown" without git.</summary>
    public static (string Commit, bool Dirty) Git(string repositoryRoot)
    {
        var head = Run("git", ["-C", repositoryRoot, "rev-parse", "HEAD"]);
        if (head is null)
            return (Unknown, false);
        var status = Run("git", ["-C", repositoryRoot, "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)results"]);
        return (head.Trim(), !string.IsNullOrWhiteSpace(status));
    }

    /// <summary>The first line of <c>qemu-system-x86_64 --version</c>; "unknown" when QEMU is not found.</summary>
    public static string QemuVersion(string? executable = null)
    {
        var qemu = executable ?? QemuLocator.Find(Environment.GetEnvironmentVariable("PATH"));
        if (qemu is null)
            return Unknown;
        var output = Run(qemu, ["--version"]);
        return output?.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? Unknown;
    }

    static string? Run(string program, string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(10_000))
            {
                process.Kill();
                return null;
            }
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
