using Testbed.Harness.Outcomes;

namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// The main costs per kernel, for the grouped bar chart: papers/costs.csv names, for each
/// cost (null kernel call, IPC round trip, ...) and each series (a kernel, or a kernel in one
/// mode), the measurement that stands for it. Evaluated against a run, it is a matrix of
/// costs by series with holes where nothing was measured. An optional column paper names
/// the paper's figure for a cell (<see cref="PaperFigure"/>), drawn beside the measured bar.
/// </summary>
public sealed record CostChart(IReadOnlyList<string> Costs, IReadOnlyList<string> Series, IReadOnlyList<CostChart.Cell> Cells)
{
    public const string DefaultPath = "papers/costs.csv";
    public static readonly string[] Columns = ["cost", "series", "measurement"];

    public sealed record Cell(string Cost, string Series, Quantity Measurement)
    {
        /// <summary>The paper figure's reference (TABLE:ID), or null.</summary>
        public string? Paper { get; init; }
    }

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
                cells.Add(new Cell(row["cost"], row["series"], Quantity.Parse(row["measurement"]))
                {
                    Paper = string.IsNullOrWhiteSpace(paper) ? null : paper.Trim(),
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

    /// <summary>The measured value of each cost for each series; null where it was not measured or not defined.</summary>
    public double?[,] Evaluate(IEnumerable<BenchRow> rows)
    {
        var measurements = new Measurements(rows);
        var values = new double?[Costs.Count, Series.Count];
        foreach (var cell in Cells)
            values[IndexOf(Costs, cell.Cost), IndexOf(Series, cell.Series)] = cell.Measurement.Evaluate(measurements.Value);
        return values;
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
