using System.Diagnostics;

namespace Testbed.Harness.Reports;

/// <summary>
/// The checkout's commit for a chart's caption: the short hash, "+changes" if the work tree's
/// tracked files outside results/ differ from it (results/ holds the outputs being
/// regenerated, not what made them), "unknown" without git.
/// </summary>
public static class GitCommit
{
    public static string Describe(string repositoryRoot)
    {
        var hash = Git(repositoryRoot, "rev-parse", "--short", "HEAD");
        if (hash is null)
            return "unknown";
        var changes = Git(repositoryRoot, "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)results");
        return string.IsNullOrEmpty(changes) ? hash : hash + "+changes";
    }

    static string? Git(string folder, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start);
            if (process is null)
                return null;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
