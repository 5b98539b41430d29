using System.Text;
using Testbed.Harness.Analysis.Tables;

namespace Testbed.Harness.Reports;

/// <summary>
/// A reproduced table in the three forms a researcher pastes: CSV (one line per cell, with
/// unit, definition, ratio and source), Markdown and LaTeX (rows by columns, each cell its
/// figure and unit, and its ratio to its row's reference column in parentheses).
/// </summary>
public static class PaperTableExport
{
    public const string CsvFile = "table.csv", MarkdownFile = "table.md", LatexFile = "table.tex";

    public static void WriteAll(string folder, PaperTable table, IReadOnlyList<TableValue> values, string caption)
    {
        OutputPaths.RequireWritableFolder(folder, "--out");
        AtomicFile.Write(Path.Combine(folder, CsvFile), writer => WriteCsv(writer, values));
        AtomicFile.Write(Path.Combine(folder, MarkdownFile), writer => writer.Write(Markdown(table, values, caption)));
        AtomicFile.Write(Path.Combine(folder, LatexFile), writer => writer.Write(Latex(table, values, caption)));
    }

    public static void WriteCsv(TextWriter writer, IReadOnlyList<TableValue> values)
    {
        using var csv = new CsvHelper.CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var header in new[] { "row", "column", "value", "unit", "definition", "ratio", "ratio_to", "source", "note" }) csv.WriteField(header);
        csv.NextRecord();
        foreach (var v in values)
        {
            csv.WriteField(v.Cell.Row);
            csv.WriteField(v.Cell.Column);
            csv.WriteField(v.Value is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "");
            csv.WriteField(v.Unit);
            csv.WriteField(v.Definition);
            csv.WriteField(v.Ratio is { } r ? r.ToString("0.####", CultureInfo.InvariantCulture) : "");
            csv.WriteField(v.Ratio is null ? "" : v.Cell.RatioTo);
            csv.WriteField(v.Cell.Source);
            csv.WriteField(v.Note);
            csv.NextRecord();
        }
    }

    /// <summary>"437 cycles (0.21)": the figure with its unit, and its ratio when it has one; empty for a cell the table lacks.</summary>
    public static string CellText(TableValue? value)
    {
        if (value is null) return "";
        if (value.Value is not { } x) return "not measured";
        var text = $"{x.ToString("#,0.##", CultureInfo.InvariantCulture)} {Unit(value.Unit)}";
        return value.Ratio is { } r ? $"{text} ({Ratio(r)})" : text;
    }

    public static string Markdown(PaperTable table, IReadOnlyList<TableValue> values, string caption)
    {
        var text = new StringBuilder();
        text.Append($"{caption}\n\n| |");
        foreach (var column in table.Columns) text.Append($" {column} |");
        text.Append("\n|---|");
        foreach (var _ in table.Columns) text.Append("--:|");
        text.Append('\n');
        foreach (var row in table.Rows)
        {
            text.Append($"| {row} |");
            foreach (var column in table.Columns) text.Append($" {CellText(Find(values, row, column))} |");
            text.Append('\n');
        }
        return text.ToString();
    }

    public static string Latex(PaperTable table, IReadOnlyList<TableValue> values, string caption)
    {
        var text = new StringBuilder();
        text.Append("\\begin{table}\n\\centering\n\\small\n");
        text.Append($"\\begin{{tabular}}{{l{new string('r', table.Columns.Count)}}}\n\\hline\n");
        text.Append(string.Join(" & ", new[] { "" }.Concat(table.Columns.Select(Escape)))).Append(" \\\\\n\\hline\n");
        foreach (var row in table.Rows)
            text.Append(string.Join(" & ", new[] { Escape(row) }.Concat(table.Columns.Select(c => Escape(CellText(Find(values, row, c))))))).Append(" \\\\\n");
        text.Append($"\\hline\n\\end{{tabular}}\n\\caption{{{Escape(caption)}}}\n\\end{{table}}\n");
        return text.ToString();
    }

    public static TableValue? Find(IReadOnlyList<TableValue> values, string row, string column) =>
        values.FirstOrDefault(v => v.Cell.Row == row && v.Cell.Column == column);

    static string Unit(string unit) => unit == "instr" ? "instr" : unit;

    static string Ratio(double ratio) => ratio.ToString(ratio < 0.1 ? "0.###" : "0.##", CultureInfo.InvariantCulture);

    static string Escape(string text) => text.Replace("\\", "\\textbackslash{}").Replace("&", "\\&").Replace("%", "\\%").Replace("_", "\\_").Replace("#", "\\#");
}
