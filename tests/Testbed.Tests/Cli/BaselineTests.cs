using Testbed.Harness.Cli;

namespace Testbed.Tests.Cli;

/// <summary>
/// `bench --baseline` and `compare --baseline` against a stand-in QEMU: each way the check
/// fails (a moved figure, a missing row) gives exit 10 and says which rows; new rows and
/// figures inside their band pass; a deliberate update rewrites the reference.
/// </summary>
public sealed class BaselineTests : IDisposable
{
    readonly TempCheckout checkout = new TempCheckout().WithKernel("good", SyntheticImage.Elf32Multiboot());

    public void Dispose() => checkout.Dispose();

    const string Header = "kernel,benchmark,unit,mode,n,min,median,max,tolerance";

    static FakeQemu Reporting(params (string Name, int Median)[] benches) => new(string.Join('\n',
        benches.Select(b => $$"""echo '@tb {"kind":"bench","name":"{{b.Name}}","n":7,"min":{{b.Median}},"median":{{b.Median}},"max":{{b.Median}},"def":"kernel-call.null"}'""")
            .Append("""echo '@tb {"kind":"done","ok":true}'""").Append("exit 1")));

    string Reference(params string[] rows)
    {
        var path = checkout.PathOf("results/good.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, [Header, .. rows]);
        return path;
    }

    async Task<(int ExitCode, string Output, string Error)> Testbed(FakeQemu qemu, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await TestbedCli.RunAsync(args, Terminal.Plain(output, error), checkout.Root, qemuExecutable: qemu.Executable);
        return (exitCode, output.ToString(), error.ToString());
    }

    // `testbed bench good --baseline <reference>` against a QEMU that reports these figures.
    async Task<(int ExitCode, string Output, string Error)> BenchAgainst(string reference, params (string Name, int Median)[] figures)
    {
        using var qemu = Reporting(figures);
        return await Testbed(qemu, "bench", "good", "--baseline", reference);
    }

    [Fact]
    public async Task AnExactFigureThatMoved_Exits10_WithReferenceMeasuredDeltaAndTolerance()
    {
        var reference = Reference("good,call,instr,tcg-icount,7,4,4,4,exact", "good,ipc,instr,tcg-icount,7,9,9,9,exact");

        var (exitCode, output, _) = await BenchAgainst(reference, ("call", 5), ("ipc", 9));

        Assert.Equal(ExitCodes.BaselineMoved, exitCode);
        var row = Assert.Single(output.Split('\n'), l => l.Contains("│ call") && l.Contains("exact"));
        Assert.Matches(@"4 instr.*5 instr.*\+1 \(\+25\.0 %\).*exact", row);
        Assert.Contains("1 held, 1 moved, 0 missing, 0 new", output);
    }

    [Fact]
    public async Task TheSameFigures_Exit0()
    {
        var reference = Reference("good,call,instr,tcg-icount,1000,4,4,4,exact");

        var (exitCode, output, _) = await BenchAgainst(reference, ("call", 4));

        Assert.Equal(0, exitCode);
        Assert.Contains("1 held, 0 moved, 0 missing, 0 new", output);
    }

    [Fact]
    public async Task AHostTimedFigure_PassesInsideItsBand_AndFailsOutside()
    {
        var reference = Reference("good,disk.read,instr,tcg-icount,1000,100,100,100,±10%");

        Assert.Equal(0, (await BenchAgainst(reference, ("disk.read", 108))).ExitCode);
        var (exitCode, output, _) = await BenchAgainst(reference, ("disk.read", 170));
        Assert.Equal(ExitCodes.BaselineMoved, exitCode);
        Assert.Contains("±10%", output);
    }

    [Fact]
    public async Task AMissingRow_Exits10_AndANewRowIsOnlyReported()
    {
        var reference = Reference("good,call,instr,tcg-icount,7,4,4,4,exact", "good,gone,instr,tcg-icount,7,3,3,3,exact");

        var (exitCode, output, _) = await BenchAgainst(reference, ("call", 4), ("fresh", 2));

        Assert.Equal(ExitCodes.BaselineMoved, exitCode);
        Assert.Contains("missing good gone", output);
        Assert.Contains("new good fresh", output);

        File.WriteAllLines(reference, [Header, "good,call,instr,tcg-icount,7,4,4,4,exact"]);
        Assert.Equal(0, (await BenchAgainst(reference, ("call", 4), ("fresh", 2))).ExitCode);
    }

    [Fact]
    public async Task ABadReference_IsBadUsage_BeforeAnythingBoots()
    {
        var reference = Reference("good,call,instr,tcg-icount,7,4,4,4,about right");
        using var qemu = Reporting(("call", 4));

        var (exitCode, output, error) = await BenchAgainst(reference, ("call", 4));

        Assert.Equal(2, exitCode);
        Assert.Contains("tolerance 'about right'", error);
        Assert.DoesNotContain("call", output);
        Assert.Equal(2, (await BenchAgainst(checkout.PathOf("none.csv"), ("call", 4))).ExitCode);
        Assert.Equal(2, (await Testbed(qemu, "bench", "good", "--update-baseline")).ExitCode);
    }

    [Fact]
    public async Task AFailedBoot_KeepsItsOwnExitCode()
    {
        var reference = Reference("good,call,instr,tcg-icount,7,4,4,4,exact");
        using var qemu = new FakeQemu("""echo '@tb {"kind":"panic","reason":"driver fault"}'; exit 5""");

        var (exitCode, _, error) = await Testbed(qemu, "bench", "good", "--baseline", reference);

        Assert.Equal(3, exitCode);
        Assert.Contains("not checked: the boot did not pass", error);
    }

    [Fact]
    public async Task UpdateBaseline_RewritesTheFigures_KeepsTheTolerances_AndWritesTheProvenance()
    {
        var reference = Reference("good,call,instr,tcg-icount,7,4,4,4,exact", "good,disk,instr,tcg-icount,7,100,100,100,±10%");
        using var qemu = Reporting(("call", 5), ("disk", 130), ("fresh", 2));

        var (exitCode, output, _) = await Testbed(qemu, "bench", "good", "--iterations", "7", "--baseline", reference, "--update-baseline");

        Assert.Equal(0, exitCode);
        Assert.Contains("2 moved", output);                            // shown, for the commit message
        Assert.Equal([
            "kernel,benchmark,unit,mode,n,min,median,max,def,tolerance",
            "good,call,instr,tcg-icount,7,5,5,5,kernel-call.null,exact",
            "good,disk,instr,tcg-icount,7,130,130,130,kernel-call.null,±10%",
            "good,fresh,instr,tcg-icount,7,2,2,2,kernel-call.null,exact",
        ], File.ReadAllLines(reference));
        var provenance = Harness.Reports.Provenance.ReadBeside(reference)!;
        Assert.Equal("./testbed bench good --iterations 7 --baseline results/good.csv --update-baseline", provenance.Command);
        Assert.Equal("tcg-icount", provenance.Mode);
        Assert.Equal(["good"], provenance.Kernels);
        Assert.Equal(0, (await Testbed(qemu, "bench", "good", "--baseline", reference)).ExitCode);
    }

    [Fact]
    public async Task CompareBaseline_FailsOnAMovedFigure_OfAnyBenchedKernel()
    {
        Directory.CreateDirectory(checkout.PathOf("kernels/good/Benchmarks"));
        Directory.CreateDirectory(checkout.PathOf("papers"));
        File.WriteAllText(checkout.PathOf("papers/comparisons.csv"), "id,description,numerator,denominator,target,paper_ratio,paper_figures,citation\n");
        var folder = checkout.PathOf("reference");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "measurements.csv"), [Header, "good,call,instr,tcg-icount,7,4,4,4,exact", "other,x,instr,tcg-icount,7,1,1,1,exact"]);
        using var same = Reporting(("call", 4));
        using var moved = Reporting(("call", 6));

        async Task<(int, string)> Compare(FakeQemu qemu)
        {
            var output = new StringWriter();
            var run = new CompareRun(new CliContext(Terminal.Plain(output, new StringWriter()), checkout.Root),
                new CompareRun.Options(["good"], 7, null, checkout.PathOf("out"), null, AccelRequest.Tcg, TimeSpan.FromSeconds(20))
                {
                    QemuExecutable = qemu.Executable,
                    Drivers = false,
                    BaselineFolder = folder,
                });
            return (await run.RunAsync(CancellationToken.None), output.ToString());
        }

        Assert.Equal(0, (await Compare(same)).Item1);                 // "other" was not benched: not missing
        var (exitCode, output) = await Compare(moved);
        Assert.Equal(ExitCodes.BaselineMoved, exitCode);
        Assert.Contains("+2 (+50.0 %)", output);
    }
}
