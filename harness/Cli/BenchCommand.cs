using Spectre.Console;
using Testbed.Harness.CycleModel;
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
        var csv = CommandOptions.File("--csv",
            "Also write the results as CSV (kernel,benchmark,unit,mode,n,min,median,max,def); only if the boot passed");
        var accel = CommandOptions.Accel("tcg", "tcg", "kvm");
        var timeout = CommandOptions.Timeout(defaultSeconds: 300);
        var append = CommandOptions.Append();
        var baseline = CommandOptions.File("--baseline",
            "Compare each figure's median with this reference (results/<file>.csv; with --model, its modelled rows) and exit 10 if one moved " +
            "beyond its tolerance column (exact or ±N%) or a reference row was not measured; new rows are only reported");
        var updateBaseline = CommandOptions.Flag("--update-baseline",
            "Rewrite the --baseline file with this run's figures (tolerances kept, new rows exact) and its " +
            "provenance; for a deliberate change, committed with it and the reason");

        var model = ModelOption.Create();
        var modelOutput = ModelOption.Output();

        var command = new Command("bench", "Run a kernel's benchmarks (TCG+icount: instructions; KVM: cycles; --model: modelled cycles too)")
        {
            kernel, iterations, csv, accel, timeout, append, baseline, updateBaseline, model, modelOutput,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(model) is not null && result.GetValue(accel) == "kvm")
                result.AddError("--model needs TCG with icount; it cannot be combined with --accel kvm");
        });
        command.SetAction((parse, cancellation) => CommandGuard.RunAsync(context.Terminal, async () =>
        {
            if (parse.GetValue(csv) is { } csvTarget)
                OutputPaths.RequireWritableFile(csvTarget.FullName, "--csv");
            var accelRequest = AccelRequests.Parse(parse.GetValue(accel)!);
            var cpuModel = ModelOption.Resolve(parse.GetValue(model), context);
            var userAppend = parse.GetValue(append);
            var image = KernelCatalog.Resolve(parse.GetValue(kernel)!, context.RepositoryRoot);
            var baselineFile = parse.GetValue(baseline)?.FullName;
            bool update = parse.GetValue(updateBaseline);
            if (update && baselineFile is null)
                throw new BadUsageException("--update-baseline needs --baseline FILE: the reference to rewrite");
            // Read before the boot: a bad reference stops here, not after a minute of benchmarks.
            // (--update-baseline may create the reference.)
            var gate = baselineFile is null || (update && !File.Exists(baselineFile)) ? null : BaselineGate.Load(baselineFile);
            if (gate is not null && !update)
                gate.RowsOf([image.Name]);
            var request = new BootRequest(image)
            {
                Accel = accelRequest,
                Icount = accelRequest == AccelRequest.Tcg,
                Model = cpuModel,
                ModelOutput = ModelOption.OutputPath(parse.GetValue(modelOutput), cpuModel),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                QemuExecutable = context.QemuExecutable,
                Append = string.IsNullOrWhiteSpace(userAppend)
                    ? $"iterations={parse.GetValue(iterations)}"
                    : $"iterations={parse.GetValue(iterations)} {userAppend}",
            };

            var console = new BootConsole(context.Terminal.Out);
            var result = await BootSession.RunAsync(request, console, cancellation);
            var rows = ModelOption.WithModelled(BenchRows.From(result.Image.Name, result.Mode, result.Records), result);

            // Whatever was measured is shown even for a failed boot; it helps find the failure.
            if (rows.Count > 0)
                context.Terminal.Out.Write(BenchTable.Render(rows));
            else
                context.Terminal.Out.MarkupLine("[yellow]no bench records[/]");
            ModelOption.ShowNotModelled(context.Terminal.Out, result);
            console.ShowVerdict(result, request.Timeout);

            string Command(string file, bool asBaseline) =>
                $"./testbed bench {image.Name} --iterations {parse.GetValue(iterations)}" +
                (cpuModel is null ? "" : $" --model {cpuModel.Name}") +
                (string.IsNullOrWhiteSpace(userAppend) ? "" : $" --append \"{userAppend.Trim()}\"") +
                (asBaseline ? $" --baseline {ResultsProvenance.Shown(file, context.RepositoryRoot)} --update-baseline"
                            : $" --csv {ResultsProvenance.Shown(file, context.RepositoryRoot)}");

            if (parse.GetValue(csv) is { } csvFile)
            {
                // A CSV from a failed boot would look like a result; better no file at all.
                if (result.Outcome != Outcome.Passed)
                    context.Terminal.ReportError($"{csvFile.FullName} not written: the boot did not pass");
                else
                    Write(csvFile.FullName, rows, Command(csvFile.FullName, asBaseline: false));
            }
            if (baselineFile is null)
                return result.ExitCode;
            if (result.Outcome != Outcome.Passed)
            {
                context.Terminal.ReportError($"baseline {baselineFile} not {(update ? "updated" : "checked")}: the boot did not pass");
                return result.ExitCode;
            }
            // Under a model the reference pins the modelled rows; the instruction rows have their own.
            var pinned = cpuModel is null ? rows : rows.Where(r => r.Unit == CpuModel.Unit).ToList();
            if (!update)
                return gate!.Check(context.Terminal.Out, [image.Name], pinned, ProvenanceProbe.QemuVersion(context.QemuExecutable));

            // A deliberate change: show what moved (for the commit message), then rewrite the
            // reference, keeping other kernels' rows and every row's tolerance.
            if (gate is not null && gate.Reference.Rows.Any(r => r.Figure.Kernel == image.Name))
                gate.Check(context.Terminal.Out, [image.Name], pinned);
            var others = gate?.Reference.Rows.Where(r => r.Figure.Kernel != image.Name).Select(r => r.Figure) ?? [];
            Write(baselineFile, [.. others, .. pinned], Command(baselineFile, asBaseline: true), asReference: true);
            return ExitCodes.Passed;

            void Write(string path, IReadOnlyList<BenchRow> written, string command, bool asReference = false)
            {
                var defaulted = ReferenceFile.Write(path, written, asReference);
                ResultsProvenance.For(command, written, parse.GetValue(iterations), userAppend, context.RepositoryRoot, context.QemuExecutable).WriteBeside(path);
                context.Terminal.Out.MarkupLineInterpolated($"wrote {written.Count} row(s) to {path} and {Provenance.PathFor(path)}");
                foreach (var row in defaulted)
                    context.Terminal.Out.MarkupLineInterpolated($"[yellow]{row.Kernel} {row.Benchmark}: new row, tolerance exact (edit the tolerance column if it varies run to run)[/]");
            }
        }));
        return command;
    }
}
