using Testbed.Harness.Analysis.Comparisons;

namespace Testbed.Harness.Analysis.Tables;

/// <summary>
/// One of the papers' tables to reproduce (papers/tables/NAME.csv, columns row, column,
/// source, ratio_to): each cell is a paper's figure (<c>paper:TABLE:ID</c>, a row of
/// papers/TABLE.csv) or a measurement of one compare run (a <see cref="Quantity"/>, e.g.
/// <c>linux:syscall.getppid:median</c>), and may name the column of its row it is divided by
/// (the paper's Linux for the paper's cells, the measured Linux for ours), so that the ratio
/// to Linux stands beside the paper's. Rows and columns keep the file's order.
/// </summary>
public sealed class PaperTable
{
    public const string PaperPrefix = "paper:";

    public sealed record Cell(string Row, string Column, string Source, string RatioTo, int Line);

    public string Name { get; }
    public IReadOnlyList<Cell> Cells { get; }
    public IReadOnlyList<string> Rows => Cells.Select(c => c.Row).Distinct().ToList();
    /// <summary>The columns in the order the rows give them: a column first met in a later row goes right after the column before it there (at the end if it is that row's first).</summary>
    public IReadOnlyList<string> Columns
    {
        get
        {
            var columns = new List<string>();
            foreach (var row in Rows)
            {
                string? previous = null;
                foreach (var column in Cells.Where(c => c.Row == row).Select(c => c.Column))
                {
                    if (!columns.Contains(column)) columns.Insert(previous is null ? columns.Count : columns.IndexOf(previous) + 1, column);
                    previous = column;
                }
            }
            return columns;
        }
    }

    PaperTable(string name, IReadOnlyList<Cell> cells) => (Name, Cells) = (name, cells);

    public static PaperTable Read(string path)
    {
        if (!File.Exists(path))
            throw new BadUsageException($"{path} does not exist");
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileNameWithoutExtension(path), path);
    }

    public static PaperTable Read(TextReader reader, string name, string source)
    {
        var cells = new List<Cell>();
        foreach (var row in CsvTable.Read(reader, source, "row", "column", "source", "ratio_to"))
        {
            var cell = new Cell(row["row"], row["column"], row["source"], row["ratio_to"], row.Line);
            if (cell.Row.Length == 0 || cell.Column.Length == 0)
                throw row.Error("a cell needs a row and a column");
            if (cells.Any(c => c.Row == cell.Row && c.Column == cell.Column))
                throw row.Error($"row '{cell.Row}' has column '{cell.Column}' twice");
            if (!cell.Source.StartsWith(PaperPrefix, StringComparison.Ordinal))
            {
                try { Quantity.Parse(cell.Source); }
                catch (FormatException e) { throw row.Error($"source '{cell.Source}': {e.Message}"); }
            }
            cells.Add(cell);
        }
        foreach (var cell in cells.Where(c => c.RatioTo.Length > 0 && !cells.Any(o => o.Row == c.Row && o.Column == c.RatioTo)))
            throw new BadUsageException($"{source}:{cell.Line}: ratio_to '{cell.RatioTo}' is not a column of row '{cell.Row}'");
        if (cells.Count == 0)
            throw new BadUsageException($"{source}: no cells");
        return new PaperTable(name, cells);
    }

    /// <summary>
    /// Every cell's figure: the paper's from papers/, ours from <paramref name="measurements"/>
    /// (null where that run has no such row), and its ratio to its row's reference column when
    /// both are there in one unit and, for measured cells, of one definition (like for like).
    /// </summary>
    public IReadOnlyList<TableValue> Evaluate(Measurements measurements, string papersFolder)
    {
        var values = Cells.ToDictionary(c => (c.Row, c.Column), c => Value(c, measurements, papersFolder));
        return Cells.Select(c =>
        {
            var value = values[(c.Row, c.Column)];
            if (c.RatioTo.Length == 0 || value.Value is not { } mine) return value;
            var reference = values[(c.Row, c.RatioTo)];
            if (reference.Value is not { } theirs || theirs == 0) return value;
            if (reference.Unit != value.Unit) return value with { Note = $"not divided by {c.RatioTo}: {value.Unit} vs {reference.Unit}" };
            if (reference.Definition != value.Definition) return value with { Note = $"not divided by {c.RatioTo}: {value.Definition} vs {reference.Definition}" };
            return value with { Ratio = mine / theirs };
        }).ToList();
    }

    static TableValue Value(Cell cell, Measurements measurements, string papersFolder)
    {
        if (cell.Source.StartsWith(PaperPrefix, StringComparison.Ordinal))
        {
            var figure = PaperFigure.Resolve(papersFolder, cell.Source[PaperPrefix.Length..]);
            return new TableValue(cell, figure.Value, figure.Unit, "paper");
        }
        var quantity = Quantity.Parse(cell.Source);
        var rows = quantity.Measurements.Select(measurements.Find).ToList();
        if (rows.Any(r => r is null))
            return new TableValue(cell, null, "", "") { Note = "not measured in this run" };
        var first = rows[0]!;
        return new TableValue(cell, quantity.Evaluate(measurements.Value), first.Unit, first.Definition) { Mode = first.Mode };
    }
}

/// <summary>One cell's figure, its unit and definition ("paper" for a paper's figure), and its ratio to its row's reference column.</summary>
public sealed record TableValue(PaperTable.Cell Cell, double? Value, string Unit, string Definition)
{
    public double? Ratio { get; init; }
    public string Mode { get; init; } = "";
    public string Note { get; init; } = "";
}
