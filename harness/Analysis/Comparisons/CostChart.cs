using Testbed.Harness.Outcomes;

namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// The main costs per kernel, for the grouped bar chart: papers/costs.csv names, for each
/// cost (null kernel call, IPC round trip, ...) and each series (a kernel, or a kernel in one
/// mode), the measurement that stands for it. Evaluated against a run, it is a matrix of
/// costs by series with holes where nothing was measured. An optional column paper names
/// the paper's figure for a cell (<see cref="PaperFigure"/>), drawn beside the measured bar.
/// The optional column def names the definition (Testbed.Protocol.BenchDefinitions) every
/// cell of that cost must measure: a cell whose one measurement carries another is left
/// out of the chart and named in its caption, so bars side by side always compare like for
/// like (a cell that sums several figures, a hardware floor, is shown as such).
/// </summary>
public sealed record CostChart(IReadOnlyList<string> Costs, IReadOnlyList<string> Series, IReadOnlyList<CostChart.Cell> Cells)
{
    public const string DefaultPath = "papers/costs.csv";
    public static readonly string[] Columns = ["cost", "series", "measurement"];

    public sealed record Cell(string Cost, string Series, Quantity Measurement)
    {
        /// <summary>The paper figure's reference (TABLE:ID), or null.</summary>
        public string? Paper { get; init; }

        /// <summary>The definition the cost's cells must measure; empty: not checked.</summary>
        public string Definition { get; init; } = "";
    }

    /// <summary>A cell left out of the chart because its measurement is of another definition.</summary>
    public sealed record Excluded(string Cost, string Series, string Definition);

    public static CostChart Read(string path)
    {
        if (!File.Exists(path))
            throw new BadUsageException($"{path}: no such cost chart file");
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static CostChart Read(TextReader reader, string source)
    {
        var cells = new List<Cell>();
        foreach (var row in CsvTable.Read(reader, source, Columns))
        {
            if (row["cost"].Length == 0 || row["series"].Length == 0)
                throw row.Error("empty cost or series");
            if (cells.Any(c => c.Cost == row["cost"] && c.Series == row["series"]))
                throw row.Error($"'{row["cost"]}' of '{row["series"]}' appears twice");
            try
            {
                var paper = row.Cells.GetValueOrDefault("paper");
                var definition = row.Cells.GetValueOrDefault("def")?.Trim() ?? "";
                if (cells.FirstOrDefault(c => c.Cost == row["cost"]) is { } first && first.Definition != definition)
                    throw row.Error($"'{row["cost"]}' has def '{first.Definition}' in an earlier row, '{definition}' here: one definition per cost");
                cells.Add(new Cell(row["cost"], row["series"], Quantity.Parse(row["measurement"]))
                {
                    Paper = string.IsNullOrWhiteSpace(paper) ? null : paper.Trim(),
                    Definition = definition,
                });
            }
            catch (FormatException e)
            {
                throw row.Error(e.Message);
            }
        }
        // Costs and series in the order the file first names them: the file decides the chart's layout.
        return new CostChart(cells.Select(c => c.Cost).Distinct().ToList(), cells.Select(c => c.Series).Distinct().ToList(), cells);
    }

    /// <summary>The measured value of each cost for each series; null where it was not measured, not defined, or of another definition.</summary>
    public double?[,] Evaluate(IEnumerable<BenchRow> rows)
    {
        var measurements = new Measurements(rows);
        var values = new double?[Costs.Count, Series.Count];
        foreach (var cell in Cells.Where(c => OtherDefinition(c, measurements) is null))
            values[IndexOf(Costs, cell.Cost), IndexOf(Series, cell.Series)] = cell.Measurement.Evaluate(measurements.Value);
        return values;
    }

    /// <summary>The measured cells left out because they measure another definition than their cost's.</summary>
    public IReadOnlyList<Excluded> ExcludedCells(IEnumerable<BenchRow> rows)
    {
        var measurements = new Measurements(rows);
        return Cells.Select(c => OtherDefinition(c, measurements) is { } other ? new Excluded(c.Cost, c.Series, other) : null)
            .OfType<Excluded>().ToList();
    }

    // A cell of one measured figure whose definition is not its cost's: that definition.
    static string? OtherDefinition(Cell cell, Measurements measurements)
    {
        if (cell.Definition.Length == 0 || cell.Measurement.Measurements.Distinct().ToList() is not [var only])
            return null;
        return measurements.Find(only) is { } row && row.Definition != cell.Definition
            ? (row.Definition.Length > 0 ? row.Definition : "none")
            : null;
    }

    /// <summary>The paper figures of the cells that name one (read from papers/TABLE.csv in <paramref name="papersFolder"/>); null elsewhere.</summary>
    public PaperFigure?[,] PaperFigures(string papersFolder)
    {
        var figures = new PaperFigure?[Costs.Count, Series.Count];
        foreach (var cell in Cells.Where(c => c.Paper is not null))
            figures[IndexOf(Costs, cell.Cost), IndexOf(Series, cell.Series)] = PaperFigure.Resolve(papersFolder, cell.Paper!);
        return figures;
    }

    static int IndexOf(IReadOnlyList<string> list, string item) => list.ToList().IndexOf(item);
}
