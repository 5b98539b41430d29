using Testbed.Harness.Outcomes;

namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// A figure from one of the papers' tables (papers/NAME.csv, columns id,value,unit,...),
/// named as NAME:ID, optionally scaled (2*l4:ipc.oneway.l4re for a round trip of two one-way
/// messages). costs.csv's paper column uses these to draw the paper's figure beside ours.
/// </summary>
public sealed record PaperFigure(string Reference, double Value, string Unit, string System, string Machine)
{
    public static PaperFigure Resolve(string papersFolder, string reference)
    {
        var text = reference.Trim();
        var factor = 1.0;
        if (text.IndexOf('*') is var star and > 0)
        {
            if (!double.TryParse(text[..star], NumberStyles.Float, CultureInfo.InvariantCulture, out factor))
                throw new BadUsageException($"paper figure '{reference}': '{text[..star]}' is not a number");
            text = text[(star + 1)..];
        }
        var colon = text.IndexOf(':');
        if (colon <= 0)
            throw new BadUsageException($"paper figure '{reference}' must be TABLE:ID (a row of papers/TABLE.csv)");
        var path = Path.Combine(papersFolder, text[..colon] + ".csv");
        if (!File.Exists(path))
            throw new BadUsageException($"paper figure '{reference}': no {path}");
        using var reader = new StreamReader(path);
        var row = CsvTable.Read(reader, path, "id", "value", "unit").FirstOrDefault(r => r["id"] == text[(colon + 1)..])
            ?? throw new BadUsageException($"paper figure '{reference}': no row {text[(colon + 1)..]} in {path}");
        if (!double.TryParse(row["value"], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw row.Error($"value '{row["value"]}' is not a number");
        return new PaperFigure(reference, factor * value, row["unit"],
            row.Cells.GetValueOrDefault("system") ?? "", row.Cells.GetValueOrDefault("machine") ?? "");
    }
}
