using System.CommandLine;
using Spectre.Console;
using Testbed.Harness.Analysis;
using Testbed.Harness.Boot;
using Testbed.Harness.Images;
using Testbed.Harness.Outcomes;
using Testbed.Harness.Qemu;
using Testbed.Harness.Reports;

namespace Testbed.Harness.Cli;

/// <summary>
/// <c>testbed bench &lt;kernel&gt;</c>: boot with <c>iterations=N</c>, tabulate the bench
/// records, optionally export CSV. Deterministic by default (TCG with icount): numbers are
/// retired instructions, the same on every machine.
/// </summary>
internal static class BenchCommand
{
    public const int DefaultIterations = 1000;

    public static Command Create(CliContext context)
    {
        var kernel = CommandOptions.Kernel();
        var iterations = CommandOptions.Iterations(DefaultIterations);
        var csv = new Option<FileInfo?>("--csv")
        {
            HelpName = "FILE",
            Description = "Also write the results as CSV (kernel,benchmark,unit,mode,n,min,median,max); only if the boot passed",
        };
        var accel = CommandOptions.Accel("tcg", "tcg", "kvm");
        var timeout = CommandOptions.Timeout(defaultSeconds: 300);
        var append = CommandOptions.Append();

        var command = new Command("bench", "Run a kernel's benchmarks (TCG+icount: instructions; KVM: cycles)")
        {
            kernel, iterations, csv, accel, timeout, append,
        };
        command.SetAction((parse, cancellation) => CommandGuard.RunAsync(context.Terminal, async () =>
        {
            if (parse.GetValue(csv) is { } csvTarget)
                OutputPaths.RequireWritableFile(csvTarget.FullName, "--csv");
            var accelRequest = AccelRequests.Parse(parse.GetValue(accel)!);
            var userAppend = parse.GetValue(append);
            var request = new BootRequest(KernelCatalog.Resolve(parse.GetValue(kernel)!, context.RepositoryRoot))
            {
                Accel = accelRequest,
                Icount = accelRequest == AccelRequest.Tcg,
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Append = string.IsNullOrWhiteSpace(userAppend)
                    ? $"iterations={parse.GetValue(iterations)}"
                    : $"iterations={parse.GetValue(iterations)} {userAppend}",
            };

            var console = new BootConsole(context.Terminal.Out);
            var result = await BootSession.RunAsync(request, console, cancellation);
            var rows = BenchRows.From(result.Image.Name, result.Mode, result.Records);

            // Whatever was measured is shown even for a failed boot; it helps find the failure.
            if (rows.Count > 0)
                context.Terminal.Out.Write(BenchTable.Render(rows));
            else
                context.Terminal.Out.MarkupLine("[yellow]no bench records[/]");
            console.ShowVerdict(result, request.Timeout);

            if (parse.GetValue(csv) is { } csvFile)
            {
                // A CSV from a failed boot would look like a result; better no file at all.
                if (result.Outcome != Outcome.Passed)
                    context.Terminal.ReportError($"{csvFile.FullName} not written: the boot did not pass");
                else
                {
                    BenchCsv.Write(csvFile.FullName, rows);
                    context.Terminal.Out.MarkupLineInterpolated($"wrote {rows.Count} row(s) to {csvFile.FullName}");
                }
            }
            return result.ExitCode;
        }));
        return command;
    }
}
