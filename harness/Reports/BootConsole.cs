using Spectre.Console;
namespace Testbed.Harness.Reports;

/// <summary>
/// Shows a boot on the console as it happens: the boot log dimmed, each check as it arrives,
/// records the harness knows in colour; then the verdict, with the evidence a person needs
/// for a failure (the last log lines of a hang, QEMU's own words for a QEMU error).
/// </summary>
public sealed class BootConsole(IAnsiConsole console) : IBootObserver
{
    /// <summary>How much of the log a hang shows: enough to see where the kernel stopped.</summary>
    public const int TailLines = 20;

    static readonly Style Dim = new(decoration: Decoration.Dim);

    public void CommandLineWarning(string message) => console.MarkupLineInterpolated($"[yellow bold]warning: {message}[/]");

    public void AccelerationChosen(AccelerationDecision decision) =>
        console.MarkupLineInterpolated($"[grey]mode {decision.Mode.Label()}: {decision.Reason}[/]");

    public void LineReceived(SerialLine line)
    {
        switch (line)
        {
            case LogLine log:
                // Plain Text, not markup: the kernel's output is shown verbatim and costs no parsing.
                console.Write(new Text(log.Text, Dim));
                console.WriteLine();
                break;
            case ProtocolErrorLine error:
                console.MarkupLineInterpolated($"[yellow]protocol error: {error.Error}[/] [dim]{error.Text}[/]");
                break;
            case TbRecord record:
                ShowRecord(record);
                break;
        }
    }

    void ShowRecord(TbRecord record)
    {
        if (record.AsCheck() is { } check)
        {
            var detail = check.Detail is null ? "" : "  " + check.Detail;
            if (check.Ok)
                console.MarkupLineInterpolated($"[green]✓ {check.Name}[/][grey]{detail}[/]");
            else
                console.MarkupLineInterpolated($"[red]✗ {check.Name}{detail}[/]");
        }
        else if (record.AsBench() is { } bench)
            console.MarkupLineInterpolated($"[cyan]⏱ {bench.Name}[/] [grey]n={bench.N} min={bench.Min} median={bench.Median} max={bench.Max}[/]");
        else if (record.AsWarning() is { } warning)
            console.MarkupLineInterpolated($"[yellow bold]warning: {Describe(warning)}[/]");
        else if (record.AsFaultPlan() is { } plan)
            console.MarkupLineInterpolated($"[magenta]⚡ fault {plan.State}: {plan.Target} {plan.Fault} at request {plan.At}[/]");
        else if (record.AsPanic() is { } panic)
            console.MarkupLineInterpolated($"[red bold]panic: {panic.Reason}[/]");
        else if (record.Is(ProtocolNames.Sample))
            return; // thousands of them in "samples" mode; summarised at the end instead
        else
            console.MarkupLineInterpolated($"[blue]{record.Kind}[/] [grey]{record.Fields.GetRawText()}[/]");
    }

    /// <summary>A kernel's warning in words: for an unknown command-line word, the word and what the kernel reads.</summary>
    public static string Describe(WarningRecord warning) => warning.Name == ProtocolNames.UnknownWordWarning
        ? $"the kernel reads no word '{warning.Word}' and ignored it (it reads: {warning.Known})"
        : $"{warning.Name} {warning.Word}";

    /// <summary>The gdb command to attach to a boot started with --gdb.</summary>
    public void ShowGdbHint(string imagePath)
    {
        var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), imagePath);
        console.MarkupLine("[yellow]QEMU waits for gdb on localhost:1234 (watchdog off). Attach with:[/]");
        // The image is ELF32 (QEMU's Multiboot loader needs that) but the kernel runs in long
        // mode, so gdb must be told the architecture or it decodes x86-64 code as i386.
        console.MarkupLineInterpolated(
            $"  gdb {path} -ex 'set architecture i386:x86-64' -ex 'target remote :1234'");
    }

    public void ShowVerdict(BootResult result, TimeSpan timeout)
    {
        var warnings = result.Records.Select(r => r.AsWarning()).OfType<WarningRecord>().ToList();
        if (warnings.Count > 0)
            console.MarkupLineInterpolated($"[yellow bold]{warnings.Count} warning(s): {string.Join("; ", warnings.Select(Describe))}[/]");
        if (result.ProtocolErrors.Count > 0)
            console.MarkupLineInterpolated($"[yellow]{result.ProtocolErrors.Count} @tb line(s) could not be read (shown above)[/]");

        switch (result.Outcome)
        {
            case Outcome.Hang:
                ShowLines($"last {TailLines} log lines before the watchdog fired after {Seconds(timeout)}:", result.LogLines.TakeLast(TailLines));
                break;
            case Outcome.QemuError when result.Qemu.StderrLines.Count > 0:
                // QEMU's first lines name the error; what follows is a register dump.
                ShowLines("QEMU said:", result.Qemu.StderrLines.Take(TailLines));
                break;
        }

        var (label, colour) = result.Outcome switch
        {
            Outcome.Passed => ("PASSED", "green"),
            Outcome.ChecksFailed => ("CHECKS FAILED", "red"),
            Outcome.Panic => ("KERNEL PANIC", "red"),
            Outcome.Reset => ("RESET (triple fault)", "red"),
            Outcome.Hang => ("HANG", "red"),
            Outcome.FaultNotTriggered => ("FAULT NOT TRIGGERED", "yellow"),
            Outcome.DriverLost => ("DRIVER LOST", "yellow"),
            _ => ("QEMU ERROR", "red"),
        };
        console.MarkupLineInterpolated(
            $"[bold {colour}]{label}[/] {result.Image.Name} · {result.Mode.Label()} · {Seconds(result.WallTime)} · {result.Verdict.Reason}");
    }

    void ShowLines(string title, IEnumerable<string> lines)
    {
        console.MarkupLineInterpolated($"[yellow]{title}[/]");
        foreach (var line in lines)
        {
            console.Write(new Text("  " + line));
            console.WriteLine();
        }
    }

    static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
