using Spectre.Console;
namespace Testbed.Harness.Cli;

/// <summary>
/// One `testbed compare`: read the comparisons, check every kernel's command line and the
/// output paths (bad data, a fault plan a kernel cannot arm or an unwritable output stops
/// the run before any boot), bench each kernel in turn, evaluate, show, export. A kernel whose boot fails is reported
/// with its outcome and contributes no figures (its comparisons are "not measured"); the
/// others go on, and the run's exit code is the first failed boot's. Failed comparisons are
/// results, shown in the table and the CSV, not errors.
/// </summary>
internal sealed class CompareRun(CliContext context, CompareRun.Options options)
{
    public sealed record Options(
        IReadOnlyList<string> Kernels, int Iterations, string? Csv, string? OutputFolder, string? ComparisonsFile,
        AccelRequest Accel, TimeSpan Timeout)
    {
        /// <summary>The QEMU binary; null to find it on PATH (tests pass a stand-in).</summary>
        public string? QemuExecutable { get; init; }

        /// <summary>Words added to every kernel's command line after iterations=N (and "drivers" where the kernel reads it).</summary>
        public string? Append { get; init; }

        /// <summary>
        /// Whether every kernel whose vocabulary has the word "drivers" (vocabulary.txt of its
        /// build) also benches its driver workloads with it: the default, since the comparisons
        /// of the papers include them; false for the short run. Kernels that do not read the
        /// word (their driver figures come without it, or they have none) never get it.
        /// </summary>
        public bool Drivers { get; init; } = true;

        /// <summary>A folder whose measurements.csv is the reference for --baseline; null for no check.</summary>
        public string? BaselineFolder { get; init; }

        /// <summary>A host.csv of testbed host to show as "host, real hardware"; null for results/host/host.csv if present.</summary>
        public string? HostFile { get; init; }

        /// <summary>
        /// A cycle model: every boot runs under it, the comparisons are shown in instructions and
        /// in modelled cycles, and the export (results/compare/&lt;model&gt;/ by default) holds the
        /// modelled figures; the instruction figures of the same boots are a plain compare's.
        /// </summary>
        public CycleModel.CpuModel? Model { get; init; }

        /// <summary>The words after iterations=N, as the provenance records them ("drivers" went only to the kernels that read it).</summary>
        public string WordsAfterIterations => string.Join(' ', new[]
        {
            Drivers && !HasWord(Append, DriversWord) ? DriversWord : null,
            string.IsNullOrWhiteSpace(Append) ? null : Append.Trim(),
        }.Where(word => word != null));

        /// <summary>The command line of <paramref name="image"/>'s bench boot.</summary>
        public string CommandLineFor(KernelImage image) => string.Join(' ', new[]
        {
            $"iterations={Iterations}",
            Drivers && image.Vocabulary.Knows(DriversWord) && !HasWord(Append, DriversWord) ? DriversWord : null,
            string.IsNullOrWhiteSpace(Append) ? null : Append.Trim(),
        }.Where(word => word != null));

        public const string DriversWord = "drivers";

        private static bool HasWord(string? words, string word)
            => words != null && words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(word);
    }


    IAnsiConsole Out => context.Terminal.Out;

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var catalog = new KernelCatalog(context.RepositoryRoot ?? RepositoryRoot.Locate()
            ?? throw new BadImageException("cannot find the Testbed checkout (no Testbed.sln above the current directory)"));
        var comparisonsPath = options.ComparisonsFile ?? Path.Combine(catalog.RepositoryRoot, ComparisonFile.DefaultPath);
        var comparisons = ComparisonFile.Read(comparisonsPath);
        var costsPath = Path.Combine(Path.GetDirectoryName(comparisonsPath)!, Path.GetFileName(CostChart.DefaultPath));
        var costs = File.Exists(costsPath) ? CostChart.Read(costsPath) : null;
        var images = SelectKernels(catalog);
        var outputFolder = options.OutputFolder ?? (options.Model is null
            ? Path.Combine(catalog.RepositoryRoot, "results", "compare")
            : Path.Combine(catalog.RepositoryRoot, "results", "compare", options.Model.Name));
        if (options.Csv is not null)
            OutputPaths.RequireWritableFile(options.Csv, "--csv");
        foreach (var image in images)
            CommandLinePrecheck.RequireFaultPlans(image, options.CommandLineFor(image));
        OutputPaths.RequireWritableFolder(outputFolder, "--out");     // last: it creates the folder
        // Read now: before any boot, and before this run's export replaces the file if DIR is --out.
        var gate = options.BaselineFolder is null ? null : BaselineGate.Load(Path.Combine(options.BaselineFolder, CompareExport.MeasurementsFile));
        var benched = images.Select(i => i.Name).ToList();
        gate?.RowsOf(benched);

        var host = ReadHost(catalog.RepositoryRoot);
        var rows = new List<BenchRow>();
        var modelledRows = new List<BenchRow>();
        var failures = new List<BootResult>();
        foreach (var image in images)
        {
            var result = await BenchAsync(image, cancellation);
            if (result.Outcome == Outcome.Passed)
            {
                rows.AddRange(RowsOf(result));
                modelledRows.AddRange(result.Modelled?.Rows(result.Image.Name) ?? []);
            }
            else
                failures.Add(result);
        }

        // The host's figures feed the comparisons and the charts, not measurements.csv: that is the
        // kernels' reference (--baseline), and the host's timings are in host.csv with their error bounds.
        var results = ComparisonEvaluator.Evaluate(comparisons, [.. rows, .. HostCsv.AsBenchRows(host)]);
        Out.WriteLine();
        Out.MarkupLineInterpolated($"[bold]Comparisons[/] [grey]({Path.GetRelativePath(catalog.RepositoryRoot, comparisonsPath)})[/]");
        Out.Write(ComparisonTable.Render(results));
        ShowTally(results);
        if (options.Model is not null)
        {
            // The same comparisons over the same boots' modelled rows; these are what is exported.
            // A paper's constant (L4Re's 587 instructions, a 16 KiB footprint) is in its own unit, not cycles.
            rows = modelledRows;
            results = ComparisonEvaluator.Evaluate(comparisons.Where(c => c.MeasuresBothSides).ToList(), rows);
            Out.WriteLine();
            Out.MarkupLineInterpolated($"[bold]Comparisons in modelled cycles[/] [grey]({options.Model.Label}; docs/cycle-model.md: those between two measured figures; one whose rows the model could not place is not measured)[/]");
            Out.Write(ComparisonTable.Render(results));
            ShowTally(results);
        }

        var command = $"./testbed compare --iterations {options.Iterations}" +
            (options.Kernels.Count > 0 ? " " + string.Join(' ', options.Kernels) : "") +
            (options.Drivers ? "" : " --no-drivers") +
            (options.Model is null ? "" : $" --model {options.Model.Name}") +
            (string.IsNullOrWhiteSpace(options.Append) ? "" : $" --append \"{options.Append.Trim()}\"");
        var provenance = ResultsProvenance.For(command, rows, options.Iterations, options.WordsAfterIterations, catalog.RepositoryRoot, options.QemuExecutable);
        new CompareExport(Out, outputFolder)
        {
            Commit = GitCommit.Describe(catalog.RepositoryRoot),
            PapersFolder = Path.GetDirectoryName(costsPath),
            Host = host,
        }.Write(rows, results, costs, options.Csv, provenance);

        foreach (var failure in failures)
            context.Terminal.ReportError($"{failure.Image.Name}: {failure.Outcome} ({failure.Verdict.Reason}); its comparisons are not measured");
        if (failures.Count > 0)
            return failures[0].ExitCode;
        return gate?.Check(Out, benched, rows, provenance.Qemu) ?? ExitCodes.Passed;
    }

    /// <summary>The host run to show beside the kernels: --host FILE, or testbed host's default output if it exists; its table is printed.</summary>
    IReadOnlyList<HostFigure> ReadHost(string repositoryRoot)
    {
        var path = options.HostFile ?? Path.Combine(repositoryRoot, HostCommand.DefaultFolder, HostCsv.FileName);
        if (!File.Exists(path))
        {
            if (options.HostFile is not null)
                throw new BadUsageException($"{path}: no such host figures file (make one with testbed host)");
            return [];
        }
        var figures = HostCsv.Read(path);
        Out.WriteLine();
        Out.MarkupLineInterpolated($"[bold]host, real hardware[/] [grey]({Path.GetRelativePath(repositoryRoot, path)}; testbed host measures it, compare only reads it)[/]");
        Out.Write(HostTable.Render(figures));
        return figures;
    }

    /// <summary>The kernels named, or every built kernel with benchmarks; unknown or unbuilt names stop the run before any boot.</summary>
    IReadOnlyList<KernelImage> SelectKernels(KernelCatalog catalog)
    {
        if (options.Kernels.Count > 0)
            return options.Kernels.Distinct().Select(catalog.Resolve).ToList();

        var candidates = catalog.List().Where(k => k.HasBenchmarks).ToList();
        foreach (var unbuilt in candidates.Where(k => !k.IsBuilt))
            Out.MarkupLineInterpolated($"[yellow]{unbuilt.Name} is not built: skipped ({unbuilt.BuildCommand})[/]");
        var built = candidates.Where(k => k.IsBuilt).Select(k => catalog.Resolve(k.Name)).ToList();
        if (built.Count == 0)
            throw new BadImageException("no built kernel with benchmarks (kernels/<name>/Benchmarks/): build with dotnet build Testbed.sln");
        return built;
    }

    async Task<BootResult> BenchAsync(KernelImage image, CancellationToken cancellation)
    {
        Out.WriteLine();
        Out.MarkupLineInterpolated($"[bold]{image.Name}[/] [grey]bench: {options.CommandLineFor(image)}[/]");
        var request = new BootRequest(image)
        {
            Accel = options.Accel,
            Icount = options.Accel == AccelRequest.Tcg,
            Timeout = options.Timeout,
            Append = options.CommandLineFor(image),
            QemuExecutable = options.QemuExecutable,
            Model = options.Model,
        };
        var console = new BootConsole(Out);
        var result = await BootSession.RunAsync(request, new FailuresOnly(console), cancellation);
        var rows = ModelOption.WithModelled(RowsOf(result), result);
        if (rows.Count > 0)
            Out.Write(BenchTable.Render(rows));
        ModelOption.ShowNotModelled(Out, result);
        console.ShowVerdict(result, request.Timeout);
        return result;
    }

    static IReadOnlyList<BenchRow> RowsOf(BootResult result)
    {
        var bench = BenchRows.From(result.Image.Name, result.Mode, result.Records);
        return [.. bench, .. RecordRows.From(result.Image.Name, result.Mode, result.Records, bench)];
    }

    void ShowTally(IReadOnlyList<ComparisonResult> results)
    {
        var counts = results.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        int Count(ComparisonStatus status) => counts.GetValueOrDefault(status);
        var withoutRatio = Count(ComparisonStatus.UnitsDiffer) + Count(ComparisonStatus.NoRatio);
        Out.MarkupLine(
            $"[green]{Count(ComparisonStatus.Pass)} pass[/], [red]{Count(ComparisonStatus.Fail)} fail[/], " +
            $"[yellow]{Count(ComparisonStatus.NotMeasured)} not measured[/]" +
            (Count(ComparisonStatus.DefinitionsDiffer) > 0 ? $", [yellow]{Count(ComparisonStatus.DefinitionsDiffer)} refused (definitions differ)[/]" : "") +
            (withoutRatio > 0 ? $", {withoutRatio} without a ratio" : ""));
    }

    /// <summary>A compare run shows each boot's failed checks and panics as they come, not the whole log.</summary>
    sealed class FailuresOnly(BootConsole console) : IBootObserver
    {
        public void CommandLineWarning(string message) => console.CommandLineWarning(message);

        public void LineReceived(Protocol.SerialLine line)
        {
            if (line is Protocol.TbRecord record && (record.AsCheck() is { Ok: false } || record.AsPanic() is not null || record.AsWarning() is not null))
                console.LineReceived(line);
        }
    }
}
