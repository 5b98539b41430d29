using Testbed.Harness.Cli;

namespace Testbed.Tests.Cli;

public class CliBadInputTests
{
    sealed record Run(int ExitCode, string Output, string Error);

    static async Task<Run> Testbed(string? repositoryRoot, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await TestbedCli.RunAsync(args, Terminal.Plain(output, error), repositoryRoot);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    // Each as a user would type it after ./testbed.
    [Theory]
    [InlineData("boot halcheck --accel hyperv")]
    [InlineData("bench halcheck --accel auto")]
    [InlineData("boot halcheck --timeout -5")]
    [InlineData("boot halcheck --timeout 0")]
    [InlineData("bench halcheck --timeout -1")]
    [InlineData("boot halcheck --timeout soon")]
    [InlineData("bench halcheck --iterations 0")]
    [InlineData("bench halcheck --iterations -10")]
    [InlineData("boot halcheck --accel kvm --icount")]
    [InlineData("boot")]
    [InlineData("frobnicate")]
    [InlineData("compare --iterations 0")]
    [InlineData("compare --timeout never")]
    [InlineData("compare --accel auto")]
    [InlineData("compare halcheck --out")]
    [InlineData("profile halcheck")]
    [InlineData("profile halcheck --bench syscall.null --sample 0")]
    [InlineData("profile halcheck --bench syscall.null --top -3")]
    [InlineData("profile halcheck --bench syscall.null --timeout 0")]
    public async Task BadOptionValues_ExitWith2_AndOneErrorLine(string commandLine)
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot());

        var run = await Testbed(checkout.Root, commandLine.Split(' '));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.StartsWith("error: ", line);
    }

    // The Linux peer has none of our symbol files: disasm and profile refuse it by name.
    [Theory]
    [InlineData("disasm linux-kpti tb_kernel_main", "linux-kpti is a peer (Debian's kernel, no symbols of ours): disasm takes the Testbed kernels only")]
    [InlineData("profile linux --bench syscall.getppid", "linux is a peer (Debian's kernel, no symbols of ours): profile takes the Testbed kernels only")]
    public async Task SymbolCommandsOnThePeer_ExitWith2_NamingIt(string commandLine, string message)
    {
        using var checkout = new TempCheckout().WithKernel("halcheck").WithPeerSource().WithFetchedPeerKernel().WithBuiltPeerInit();

        var run = await Testbed(checkout.Root, commandLine.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: " + message, Assert.Single(Lines(run.Error)));
    }

    [Fact]
    public async Task UnknownAccel_NamesTheAllowedValues()
    {
        var run = await Testbed(null, "boot", "halcheck", "--accel", "hyperv");

        Assert.Equal("error: --accel must be auto, kvm or tcg, not 'hyperv'", Lines(run.Error).Single());
    }

    [Theory]
    [InlineData("boot")]
    [InlineData("bench")]
    [InlineData("profile")]
    public async Task UnknownKernel_ExitsWith7_ListingTheKnownOnes(string command)
    {
        using var checkout = new TempCheckout().WithKernel("halcheck").WithKernel("l4-style");

        var run = await Testbed(checkout.Root, command == "profile" ? [command, "windows", "--bench", "x"] : [command, "windows"]);

        Assert.Equal(7, run.ExitCode);
        Assert.Equal("error: unknown kernel 'windows'; known kernels: halcheck, l4-style", Lines(run.Error).Single());
    }

    [Fact]
    public async Task ImageThatIsNotElf_ExitsWith7_BeforeQemuStarts()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", "not an ELF"u8.ToArray());

        var run = await Testbed(checkout.Root, "boot", "halcheck", "--accel", "tcg");

        Assert.Equal(7, run.ExitCode);
        Assert.EndsWith("kernel.elf: not an ELF file", Lines(run.Error).Single());
    }

    [Fact]
    public async Task Profile_ImageWithoutKernel64Symbols_ExitsWith7_BeforeQemuStarts()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot());

        var run = await Testbed(checkout.Root, "profile", "halcheck", "--bench", "syscall.null");

        Assert.Equal(7, run.ExitCode);
        Assert.Contains("kernel64.elf does not exist", Lines(run.Error).Single());
    }

    [Fact]
    public async Task List_ShowsTheKernels_AndWhetherTheyAreBuilt()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot()).WithKernel("l4-style");

        var run = await Testbed(checkout.Root, "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Lines(run.Output), line => line.Contains("halcheck") && line.Contains("built") && line.Contains("KiB"));
        Assert.Contains(Lines(run.Output), line => line.Contains("l4-style") && line.Contains("not built"));
    }

    [Theory]
    [InlineData("boot", "halcheck", "--append", "fault=ata:null-deref@3")]
    [InlineData("bench", "halcheck", "--append", "fault=disk:wild-write@5")]
    [InlineData("compare", "halcheck", "--append", "fault=ata:wildwrite@5")]
    [InlineData("profile", "halcheck", "--bench", "syscall.null", "--append", "fault=ata:null-deref@0")]
    public async Task AFaultPlanTheKernelCannotArm_ExitsWith2_InOneLine_NamingTheTargets(params string[] args)
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot()).WithVocabulary("halcheck", ["iterations"]);
        Directory.CreateDirectory(checkout.PathOf("papers"));
        File.WriteAllText(checkout.PathOf("papers/comparisons.csv"), "id,description,numerator,denominator,target,paper_ratio,paper_figures,citation\n");

        var run = await Testbed(checkout.Root, args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.StartsWith("error: fault=", line);
        Assert.EndsWith("halcheck has no fault targets", line);
        Assert.False(Directory.Exists(checkout.PathOf("results")));
    }

    [Fact]
    public async Task Help_DocumentsTheExitCodes()
    {
        var run = await Testbed(null, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4  guest reset itself: triple fault", run.Output);
        Assert.Contains("7  bad image or unknown kernel", run.Output);
        Assert.Contains("8  profile: no window between two rdtsc executions", run.Output);
        Assert.Contains("9  fault not triggered", run.Output);
    }
    [Fact]
    public async Task Compare_UnknownKernel_ExitsWith7_BeforeAnyBoot_AndWritesNothing()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot());
        Directory.CreateDirectory(checkout.PathOf("papers"));
        File.WriteAllText(checkout.PathOf("papers/comparisons.csv"), "id,description,numerator,denominator,target,paper_ratio,paper_figures,citation\n");

        var run = await Testbed(checkout.Root, "compare", "halcheck", "windows");

        Assert.Equal(7, run.ExitCode);
        Assert.Equal("error: unknown kernel 'windows'; known kernels: halcheck", Lines(run.Error).Single());
        Assert.False(Directory.Exists(checkout.PathOf("results")));
    }

    [Fact]
    public async Task Compare_MalformedComparisonsFile_ExitsWith2_NamingFileAndLine()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot());
        var file = checkout.PathOf("mine.csv");
        File.WriteAllText(file, "id,description,numerator,denominator,target,paper_ratio,paper_figures,citation\n" +
            "x,d,halcheck:syscall.null,1,<= 1,,,\n");

        var run = await Testbed(checkout.Root, "compare", "--comparisons", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {file}:2: 'halcheck:syscall.null' is not kernel:benchmark:stat", Lines(run.Error).Single());
    }

    [Fact]
    public async Task Compare_WithoutComparisonsFile_ExitsWith2()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot());

        var run = await Testbed(checkout.Root, "compare");

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("papers/comparisons.csv: no such comparisons file", Lines(run.Error).Single());
    }

    [Fact]
    public async Task Compare_NoBuiltKernelWithBenchmarks_ExitsWith7()
    {
        using var checkout = new TempCheckout().WithKernel("halcheck", SyntheticImage.Elf32Multiboot());
        Directory.CreateDirectory(checkout.PathOf("papers"));
        File.WriteAllText(checkout.PathOf("papers/comparisons.csv"), "id,description,numerator,denominator,target,paper_ratio,paper_figures,citation\n");

        var run = await Testbed(checkout.Root, "compare");

        Assert.Equal(7, run.ExitCode);
        Assert.StartsWith("error: no built kernel with benchmarks", Lines(run.Error).Single());
    }
}
