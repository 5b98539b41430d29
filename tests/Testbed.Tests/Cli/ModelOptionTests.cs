using Testbed.Harness.Cli;

namespace Testbed.Tests.Cli;

/// <summary>--model, --model-output and sweep refuse what they cannot act on before any boot, in one line, exit 2.</summary>
public class ModelOptionTests
{
    static async Task<(int ExitCode, string Error)> Testbed(string root, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await TestbedCli.RunAsync(args, Terminal.Plain(output, error), root);
        return (exitCode, error.ToString().Trim());
    }

    // A checkout with halcheck, the committed models and comparisons (the real files: they are read).
    static TempCheckout Checkout()
    {
        var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot());
        var models = Path.Combine(checkout.Root, "cycle-model", "models");
        Directory.CreateDirectory(models);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Locate()!, "cycle-model", "models")))
            File.Copy(file, Path.Combine(models, Path.GetFileName(file)));
        Directory.CreateDirectory(Path.Combine(checkout.Root, "papers"));
        File.Copy(Path.Combine(RepositoryRoot.Locate()!, "papers", "comparisons.csv"), Path.Combine(checkout.Root, "papers", "comparisons.csv"));
        return checkout;
    }

    [Theory]
    [InlineData("bench halcheck --model pentium", "no cycle model 'pentium': the models are skylake")]
    [InlineData("boot halcheck --model ../skylake", "no cycle model '../skylake': the models are skylake")]
    [InlineData("bench halcheck --model skylake --accel kvm", "--model needs TCG with icount; it cannot be combined with --accel kvm")]
    [InlineData("boot halcheck --model-output /tmp/x.txt", "--model-output needs --model NAME: without a model there is no plugin output")]
    [InlineData("sweep compare --param fsave=1,2", "--param 'fsave=1,2': model skylake@1 has no cost 'fsave'")]
    [InlineData("sweep compare --param syscall=800..50", "--param 'syscall=800..50': a range goes up (FROM < TO)")]
    [InlineData("sweep compare --param syscall=1,2 --param insn.syscall=3", "--param: each cost may be swept once")]
    [InlineData("sweep compare --param syscall=1,2 --comparison no-such", "--comparison: no comparison no-such in papers/comparisons.csv")]
    public async Task BadModelUsage_ExitsWith2_WithOneLineSayingWhy(string commandLine, string message)
    {
        using var checkout = Checkout();

        var (exitCode, error) = await Testbed(checkout.Root, commandLine.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task AModelWithoutItsPlugin_ExitsWith12_NamingTheBuild()
    {
        using var checkout = Checkout();

        var (exitCode, error) = await Testbed(checkout.Root, "bench", "halcheck", "--model", "skylake");

        Assert.Equal(ExitCodes.ModelUnavailable, exitCode);
        Assert.Contains("the cycle model's plugin", error);
        Assert.Contains("is not built", error);
    }
}
