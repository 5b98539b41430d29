using System.Diagnostics;

namespace Testbed.Tests.Peers;

/// <summary>
/// peers/linux/fetch-kernel's refusals, run with a PATH of stand-ins (no real apt is
/// touched, nothing is written): each ends with exit 1 and a message naming what is missing.
/// </summary>
public class FetchKernelTests
{
    static string Script => Path.Combine(RepositoryRoot.Locate()!, "peers", "linux", "fetch-kernel");

    static (int Code, string Error) Run(Dictionary<string, string> tools)
    {
        var bin = Directory.CreateTempSubdirectory("testbed-fetch-");
        try
        {
            // The shell utilities the script uses, and the stand-ins for apt's tools.
            foreach (var tool in new[] { "dirname", "awk", "cat", "mktemp", "chmod", "rm", "grep", "ls", "mkdir", "cp", "mv", "tar" })
                File.CreateSymbolicLink(Path.Combine(bin.FullName, tool), "/usr/bin/" + tool);
            foreach (var (name, body) in tools)
            {
                var path = Path.Combine(bin.FullName, name);
                File.WriteAllText(path, "#!/bin/bash\n" + body + "\n");
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
            }
            var start = new ProcessStartInfo("/bin/bash", [Script]) { RedirectStandardError = true, RedirectStandardOutput = true };
            start.Environment["PATH"] = bin.FullName;
            using var process = Process.Start(start)!;
            string error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        finally
        {
            bin.Delete(recursive: true);
        }
    }

    [Fact]
    public void WithoutApt_ItSaysADebianMachineIsNeeded()
    {
        var (code, error) = Run([]);

        Assert.Equal(1, code);
        Assert.Contains("apt-get, apt-cache and dpkg-deb are needed", error);
    }

    [Fact]
    public void WithoutPackageLists_ItNamesTheUpdateCommand()
    {
        var (code, error) = Run(new() { ["apt-get"] = "exit 0", ["apt-cache"] = "exit 0", ["dpkg-deb"] = "exit 0" });

        Assert.Equal(1, code);
        Assert.Contains("apt does not know linux-image-amd64; update its package lists first: sudo apt-get update", error);
    }

    [Fact]
    public void WithoutNetwork_ItSaysTheDownloadFailed_WithAptsOwnWords()
    {
        var (code, error) = Run(new()
        {
            ["apt-cache"] = """
                if [ "$1" = depends ]; then echo "  Depends: linux-image-0.0.0-test-amd64"; else echo "Version: 0.0-test"; fi
                """,
            ["apt-get"] = "echo 'E: Failed to fetch http://deb.debian.org/  Temporary failure resolving' >&2; exit 100",
            ["dpkg-deb"] = "exit 0",
        });

        Assert.Equal(1, code);
        Assert.Contains("apt-get download linux-image-0.0.0-test-amd64=0.0-test failed", error);
        Assert.Contains("Temporary failure resolving", error);
    }
}
