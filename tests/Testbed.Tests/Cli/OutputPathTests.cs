using Testbed.Harness.Cli;

namespace Testbed.Tests.Cli;

/// <summary>
/// Output options that cannot be written are refused before anything boots: exit code 2 and
/// one line, never a stack trace after a finished run. (The tests run as root, for whom a
/// read-only folder is writable; an unwritable path is one under /proc or below a file.)
/// </summary>
public sealed class OutputPathTests : IDisposable
{
    readonly TempCheckout checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot());

    public OutputPathTests()
    {
        Directory.CreateDirectory(checkout.PathOf("papers"));
        File.WriteAllText(checkout.PathOf("papers/comparisons.csv"), "id,description,numerator,denominator,target,paper_ratio,paper_figures,citation\n");
        File.WriteAllText(checkout.PathOf("a-file"), "x");
        Directory.CreateDirectory(checkout.PathOf("a-folder"));
    }

    public void Dispose() => checkout.Dispose();

    async Task<(int ExitCode, string Error)> Testbed(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await TestbedCli.RunAsync(args, Terminal.Plain(output, error), checkout.Root);
        return (exitCode, error.ToString());
    }

    [Theory]
    [InlineData("bench", "--csv", "a-folder", "is a folder, not a file")]
    [InlineData("bench", "--csv", "a-file/x.csv", "cannot create the folder")]
    [InlineData("bench", "--csv", "/proc/testbed-none/x.csv", "cannot create the folder")]
    [InlineData("compare", "--csv", "a-folder", "is a folder, not a file")]
    [InlineData("compare", "--out", "a-file", "is a file, not a folder")]
    [InlineData("compare", "--out", "a-file/sub", "cannot create the folder")]
    [InlineData("profile", "--csv", "a-folder", "is a folder, not a file")]
    public async Task AnUnwritableOutput_ExitsWith2_InOneLine_BeforeAnyBoot(string command, string option, string path, string expected)
    {
        var full = path.StartsWith('/') ? path : checkout.PathOf(path);
        string[] args = command == "profile"
            ? [command, "halcheck", "--bench", "syscall.null", option, full]
            : [command, "halcheck", option, full, "--timeout", "1"];

        var (exitCode, error) = await Testbed(args);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {option} {full}: {expected}", line);
        Assert.False(Directory.Exists(checkout.PathOf("results")));
    }
}
