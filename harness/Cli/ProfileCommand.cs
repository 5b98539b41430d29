using Spectre.Console;
using Testbed.Harness.Profiling;

namespace Testbed.Harness.Cli;

/// <summary>
/// <c>testbed profile &lt;kernel&gt; --bench NAME</c>: where one sample's instructions go.
/// Boots under single-stepped TCG icount with QEMU's execution log, cuts the execution at
/// every rdtsc, takes the window whose length is the bench's median sample (plus the
/// subtracted read overhead) and counts its instructions per symbol. The pipeline is
/// <see cref="ProfileSession"/>; this file is its command line and output.
/// </summary>
internal static class ProfileCommand
{
    public static Command Create(CliContext context)
    {
        var kernel = CommandOptions.Kernel();
        var bench = new Option<string>("--bench")
        {
            HelpName = "NAME",
            Description = "The benchmark whose sample to profile, as the kernel reports it (e.g. channel.roundtrip)",
            Required = true,
        };
        var append = CommandOptions.Append(
            $"Kernel command line words; iterations={ProfileRequest.DefaultIterations} is added unless they set iterations= (a profile needs few samples)");
        var sample = CommandOptions.OptionalCount("--sample", "N",
            "Which candidate window to profile, from 1 in execution order: the bench's samples that match its median (default: the middle one)");
        var top = CommandOptions.OptionalCount("--top", "N", "Show only the N symbols with the most instructions (the rest as one line)");
        var csv = CommandOptions.File("--csv",
            "Also write the per-symbol rows (kernel,benchmark,image,symbol,instructions,share) to FILE");
        var sequence = CommandOptions.Flag("--sequence",
            "Also print the path: the symbols in execution order with their consecutive instruction counts");
        var timeout = CommandOptions.Timeout(defaultSeconds: 600);

        var command = new Command("profile",
            "Where a benchmark sample's instructions go: per-symbol counts of one sample, from a single-stepped TCG icount boot")
        {
            kernel, bench, append, sample, top, csv, sequence, timeout,
        };
        command.SetAction((parse, cancellation) => CommandGuard.RunAsync(context.Terminal, async () =>
        {
            var output = context.Terminal.Out;
            var benchName = parse.GetValue(bench)!;
            var request = new ProfileRequest(KernelImages.RequireOurs(KernelCatalog.Resolve(parse.GetValue(kernel)!, context.RepositoryRoot), "profile"), benchName)
            {
                Append = parse.GetValue(append),
                Sample = parse.GetValue(sample),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
            };
            // Refusals before the symbols are loaded and the pipe is made: nothing has started yet.
            if (parse.GetValue(csv) is { } csvTarget)
                OutputPaths.RequireWritableFile(csvTarget.FullName, "--csv");
            CommandLinePrecheck.RequireFaultPlans(request.Image, request.KernelCommandLine());
            output.MarkupLineInterpolated(
                $"[grey]profile {request.Image.Name} {benchName}: single-stepped TCG icount (the TSC counts instructions), command line \"{request.KernelCommandLine()}\"; QEMU's execution log streams through a named pipe (about 0.5 M instructions/s)[/]");

            var console = new BootConsole(output);
            var trace = await ProfileSession.RunAsync(request, console, cancellation);
            var boot = trace.Boot;

            var record = trace.Bench(benchName);
            if (record is null)
            {
                console.ShowVerdict(boot, request.Timeout);
                if (boot.Outcome != Outcome.Passed)
                    return boot.ExitCode;
                var reported = boot.Benches.Select(b => b.Name).Distinct().ToList();
                throw new BadUsageException($"{request.Image.Name} reported no bench '{benchName}'; it reported: " +
                    (reported.Count == 0 ? "none" : string.Join(", ", reported)));
            }

            var (profile, choice) = trace.ProfileOf(record, request.Slack, request.Sample);
            var windows = trace.Recorder.Windows;
            var lengths = choice.Matching.GroupBy(i => windows[i].Length).OrderBy(g => g.Key)
                .Select(g => g.Count() == 1 ? N(g.Key) : $"{N(g.Key)} ×{g.Count()}");
            output.MarkupLineInterpolated(
                $"[bold]{benchName}[/]: median {N(record.Median)} instr (n={record.N}); {N(trace.Recorder.Instructions)} instructions executed, {N(windows.Count)} windows between rdtsc executions");
            output.MarkupLineInterpolated(
                $"windows of {N(record.Median)} to {N(record.Median + (ulong)request.Slack)} instructions: {string.Join(", ", lengths)}");
            if (choice.Samples is { } samples)
                output.MarkupLineInterpolated(
                    $"its {samples.Count} samples: windows of {string.Join(", ", samples.Select(i => N(windows[i].Length)))} (each the sample plus {choice.Overhead} instructions of TSC reads)");
            else
                output.MarkupLineInterpolated(
                    $"[yellow]its samples were not found as windows with its min, median and max; candidates: the {choice.Candidates.Count} shortest matching windows of one length[/]");
            output.MarkupLineInterpolated(
                $"profiled candidate {choice.Candidates.ToList().IndexOf(choice.Chosen) + 1} of {choice.Candidates.Count}: {N(profile.Total)} instructions from instruction {N(profile.Window.Start)} of the boot");
            output.Write(ProfileTable.Render(profile, parse.GetValue(top)));
            if (parse.GetValue(sequence))
                output.Write(ProfileTable.RenderSequence(profile));

            if (parse.GetValue(csv) is { } csvFile)
            {
                ProfileCsv.Write(csvFile.FullName, request.Image.Name, benchName, profile);
                output.MarkupLineInterpolated($"wrote {profile.Rows.Count} row(s) to {csvFile.FullName}");
            }
            console.ShowVerdict(boot, request.Timeout);
            return boot.ExitCode;
        }));
        return command;
    }

    static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    static string N(ulong value) => value.ToString("N0", CultureInfo.InvariantCulture);

    static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
