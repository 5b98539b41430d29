using Spectre.Console;
using Testbed.Harness.Analysis.Comparisons;
using Testbed.Harness.Analysis.Tables;

namespace Testbed.Harness.Cli;

/// <summary>
/// <c>testbed reproduce &lt;table&gt;</c>: one of the papers' tables (papers/tables/NAME.csv)
/// with the paper's columns beside the same rows measured here, all from one compare run
/// (results/compare/measurements.csv by default: run <c>testbed compare</c> first for fresh
/// figures), each cell with its unit and its ratio to the column its table names for it (the
/// Linux of its side, the paper's or the measured peer; or the monolithic kernel). Writes
/// table.csv, table.md and table.tex. No boot.
/// </summary>
internal static class ReproduceCommand
{
    public static Command Create(CliContext context)
    {
        var table = new Argument<string>("table") { Description = "A table of papers/tables/ (its file name without .csv), e.g. singularity-table1" };
        var measurements = new Option<string?>("--measurements") { Description = "The compare run to read (default: results/compare/measurements.csv)" };
        var output = new Option<string?>("--out") { Description = "Where table.csv, table.md and table.tex go (default: results/reproduce/<table>/)" };
        var command = new Command("reproduce", "A paper's table beside the same rows measured here in one compare run, with ratios to Linux; CSV, Markdown and LaTeX")
        {
            table, measurements, output,
        };
        command.SetAction((parse, _) => CommandGuard.RunAsync(context.Terminal, () =>
        {
            var root = context.RepositoryRoot ?? RepositoryRoot.Locate()
                ?? throw new BadImageException("cannot find the Testbed checkout (no Testbed.sln above the current directory)");
            var name = parse.GetValue(table)!;
            var tables = Path.Combine(root, "papers", "tables");
            var path = Path.Combine(tables, name + ".csv");
            if (!File.Exists(path))
            {
                IEnumerable<string?> known = Directory.Exists(tables) ? Directory.GetFiles(tables, "*.csv").Select(Path.GetFileNameWithoutExtension).Order() : [];
                throw new BadUsageException($"no table '{name}' in papers/tables/; known tables: {string.Join(", ", known)}");
            }
            var paperTable = PaperTable.Read(path);
            var measurementsPath = parse.GetValue(measurements) ?? Path.Combine(root, "results", "compare", CompareExport.MeasurementsFile);
            var rows = BenchCsv.Read(measurementsPath).Rows.Select(r => r.Figure);
            var values = paperTable.Evaluate(new Measurements(rows), Path.Combine(root, "papers"));
            var made = Provenance.ReadBeside(measurementsPath);
            var run = made is null ? Path.GetFileName(measurementsPath) : $"{made.Mode}, {made.Iterations} iterations, commit {made.Commit[..Math.Min(12, made.Commit.Length)]}";
            var references = string.Join(" or ", paperTable.Cells.Select(c => c.RatioTo).Where(r => r.Length > 0).Distinct());
            var caption = $"{name}: the paper's figures (in its units, on its machine) beside Testbed's, measured in one run ({run}); in parentheses each cell's ratio to the {references} figure of its row.";

            var console = ConsoleTable.Rounded().AddColumn("");
            foreach (var column in paperTable.Columns) console.AddColumn(new TableColumn(Markup.Escape(column)).RightAligned());
            foreach (var row in paperTable.Rows)
                console.AddRow([Markup.Escape(row), .. paperTable.Columns.Select(c => Markup.Escape(PaperTableExport.CellText(PaperTableExport.Find(values, row, c))))]);
            context.Terminal.Out.Write(console);
            context.Terminal.Out.MarkupLine(Markup.Escape(caption));
            foreach (var note in values.Where(v => v.Note.Length > 0))
                context.Terminal.Out.MarkupLine($"[grey]{Markup.Escape($"{note.Cell.Row} / {note.Cell.Column}: {note.Note}")}[/]");

            var folder = parse.GetValue(output) ?? Path.Combine(root, "results", "reproduce", name);
            PaperTableExport.WriteAll(folder, paperTable, values, caption);
            context.Terminal.Out.MarkupLine($"wrote {Markup.Escape(Path.Combine(Path.GetRelativePath(root, folder), "table.{csv,md,tex}"))}");
            return Task.FromResult(0);
        }));
        return command;
    }
}
