using Testbed.Harness.Cli;

namespace Testbed.Tests.Cli;

/// <summary>`testbed compare`: bad input before any boot, and the whole run against a stand-in QEMU.</summary>
public class CompareTests
{
    const string Comparisons = """
        id,description,numerator,denominator,target,paper_ratio,paper_figures,citation
        fast-call,good's call vs bad's call,good:call:median,bad:call:median,<= 0.2,87/437,,"Hunt et al., 2005"
        cheap-call,good's call vs 10 instructions,good:call:median,10,<= 1,,,
        slow-call,good's call vs 1 instruction,good:call:median,1,<= 1,,,
        """;

    const string Costs = """
        cost,series,measurement
        call,good,good:call:median
        call,bad,bad:call:median
        """;

    static TempCheckout Checkout()
    {
        var checkout = new TempCheckout()
            .WithKernel("good", SyntheticImage.Elf32Multiboot())
            .WithKernel("bad", SyntheticImage.Elf32Multiboot())
            .WithKernel("unbuilt");
        foreach (var kernel in new[] { "good", "bad", "unbuilt" })
            Directory.CreateDirectory(checkout.PathOf($"kernels/{kernel}/Benchmarks"));
        Directory.CreateDirectory(checkout.PathOf("papers"));
        File.WriteAllText(checkout.PathOf("papers/comparisons.csv"), Comparisons);
        File.WriteAllText(checkout.PathOf("papers/costs.csv"), Costs);
        return checkout;
    }

    // "good" reports a bench and passes; "bad" reports one too, then panics. QEMU runs in
    // the image's folder, which names the kernel.
    const string QemuScript = """
        case "$PWD/" in
          */good/*)
            echo '@tb {"kind":"hello","kernel":"good","cmdline":"iterations=7"}'
            echo '@tb {"kind":"bench","name":"call","n":7,"min":5,"median":5,"max":6,"def":"kernel-call.null"}'
            echo '@tb {"kind":"footprint","name":"hello","bytes":16384}'
            case "$*" in *"iterations=7 drivers"*) echo '@tb {"kind":"bench","name":"driven","n":1,"min":1,"median":1,"max":1,"def":"kernel-call.null"}' ;; esac
            echo '@tb {"kind":"done","ok":true}'
            exit 1 ;;
          *)
            echo '@tb {"kind":"bench","name":"call","n":7,"min":40,"median":40,"max":40,"def":"kernel-call.null"}'
            echo '@tb {"kind":"panic","reason":"driver fault"}'
            exit 5 ;;
        esac
        """;

    static async Task<(int ExitCode, string Output, string Error)> Compare(
        TempCheckout checkout, FakeQemu qemu, string[] kernels, string? outFolder = null, string? append = null,
        bool drivers = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(Terminal.Plain(output, error), checkout.Root);
        var run = new CompareRun(context, new CompareRun.Options(kernels, 7, null, outFolder, null, AccelRequest.Tcg, TimeSpan.FromSeconds(20))
        {
            QemuExecutable = qemu.Executable,
            Append = append,
            Drivers = drivers,
        });
        var exitCode = await run.RunAsync(CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task FailedKernel_IsReportedWithItsOutcome_TheOthersAreCompared_AndTheExitCodeIsItsOwn()
    {
        using var checkout = Checkout();
        using var qemu = new FakeQemu(QemuScript);

        var (exitCode, output, error) = await Compare(checkout, qemu, []);

        Assert.Equal(3, exitCode);                                   // bad's kernel panic
        Assert.Contains("unbuilt is not built: skipped", output);
        Assert.Contains("KERNEL PANIC bad", output);
        Assert.Contains("error: bad: Panic", error);
        // bad's figures are not used: its comparison is not measured, the others are evaluated.
        var comparisons = File.ReadAllLines(checkout.PathOf("results/compare/comparisons.csv"));
        Assert.StartsWith("fast-call,not measured,", comparisons[1]);
        Assert.StartsWith("cheap-call,pass,0.5,", comparisons[2]);
        Assert.StartsWith("slow-call,fail,5,", comparisons[3]);
        Assert.Equal([
            "kernel,benchmark,unit,mode,n,min,median,max,def",
            "good,call,instr,tcg-icount,7,5,5,6,kernel-call.null",
            "good,footprint.hello.bytes,bytes,tcg-icount,1,16384,16384,16384,footprint.bytes",
        ], File.ReadAllLines(checkout.PathOf("results/compare/measurements.csv")));
        Assert.Contains("call,good,5,,", File.ReadAllLines(checkout.PathOf("results/compare/costs.csv")));
        foreach (var chart in new[] { "costs", "ratios" })
            foreach (var extension in new[] { ".png", ".svg", ".csv" })
                Assert.True(File.Exists(checkout.PathOf($"results/compare/{chart}{extension}")), chart + extension);
        Assert.Empty(Directory.GetFiles(checkout.PathOf("results/compare"), "*.tmp*"));
    }

    [Fact]
    public async Task AHostRun_IsShownAsHostRealHardware_AndFeedsTheComparisons()
    {
        using var checkout = Checkout();
        using var qemu = new FakeQemu(QemuScript);
        File.AppendAllText(checkout.PathOf("papers/costs.csv"), "\ncall,\"host, real hardware\",host:syscall.getppid:median\n");
        Directory.CreateDirectory(checkout.PathOf("results/host"));
        File.WriteAllText(checkout.PathOf("results/host/host.csv"), """
            kernel,benchmark,unit,mode,n,min,median,max,mean,error,stddev,cpu
            host,syscall.getppid,cycles,host-real,20,150,155,170,156,3,4,"AMD EPYC; TSC 2.6 GHz (measured)"
            host,syscall.getppid,ns,host-real,20,57.7,59.6,65.4,60,1.2,1.5,"AMD EPYC; TSC 2.6 GHz (measured)"
            """);

        var (_, output, _) = await Compare(checkout, qemu, ["good"]);

        Assert.Contains("host, real hardware", output);
        // The host's figures are charted, not added to the kernels' reference file.
        Assert.DoesNotContain(File.ReadAllLines(checkout.PathOf("results/compare/measurements.csv")), line => line.StartsWith("host,"));
        Assert.Contains("call,\"host, real hardware\",155,3,", File.ReadAllLines(checkout.PathOf("results/compare/costs.csv")));
    }

    [Fact]
    public async Task DriverWorkloads_AreBenchedByDefault_AndAppendedWordsFollow()
    {
        using var checkout = Checkout();
        using var qemu = new FakeQemu(QemuScript);

        var (exitCode, output, _) = await Compare(checkout, qemu, ["good"], append: " extra ", drivers: true);

        Assert.Equal(0, exitCode);
        Assert.Contains("good bench: iterations=7 drivers extra", output);
        Assert.Contains("good,driven,instr", File.ReadAllText(checkout.PathOf("results/compare/measurements.csv")));
    }

    [Fact]
    public void DriversWord_IsNotRepeated_WhenTheAppendedWordsHaveIt()
    {
        var image = new KernelImage("k", "/k.elf");
        var options = new CompareRun.Options([], 7, null, null, null, AccelRequest.Tcg, TimeSpan.FromSeconds(1)) { Append = "drivers x" };
        Assert.Equal("iterations=7 drivers x", options.CommandLineFor(image));
        Assert.Equal("iterations=7", (options with { Append = null, Drivers = false }).CommandLineFor(image));
    }

    [Fact]
    public void DriversWord_GoesOnlyToKernelsWhoseVocabularyHasIt()
    {
        var options = new CompareRun.Options([], 7, null, null, null, AccelRequest.Tcg, TimeSpan.FromSeconds(1));
        var reads = new KernelImage("l4", "/l4.elf") { Vocabulary = new KernelVocabulary(new HashSet<string> { "iterations", "drivers" }, []) };
        var readsNot = new KernelImage("halcheck", "/h.elf") { Vocabulary = new KernelVocabulary(new HashSet<string> { "iterations" }, []) };

        Assert.Equal("iterations=7 drivers", options.CommandLineFor(reads));
        Assert.Equal("iterations=7", options.CommandLineFor(readsNot));
    }

    [Fact]
    public async Task NamedKernels_AreTheOnlyOnesBooted_AndAllPassingExitsZero()
    {
        using var checkout = Checkout();
        using var qemu = new FakeQemu(QemuScript);
        var outFolder = checkout.PathOf("elsewhere");

        var (exitCode, output, _) = await Compare(checkout, qemu, ["good"], outFolder);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("bad", output.Replace("not measured (missing bad:call:median)", ""));
        Assert.Contains("1 pass, 1 fail, 1 not measured", output);
        Assert.True(File.Exists(Path.Combine(outFolder, "measurements.csv")));
        Assert.DoesNotContain("driven", File.ReadAllText(Path.Combine(outFolder, "measurements.csv")));
    }
}
