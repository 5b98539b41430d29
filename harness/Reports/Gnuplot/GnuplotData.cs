using System.Globalization;

namespace Testbed.Harness.Reports.Gnuplot;

/// <summary>
/// Gnuplot data files as the scripts read them: a header line of quoted column titles
/// (<c>columnheader</c>), one row per line, strings in double quotes, <c>?</c> for a value
/// that was not measured (the scripts say <c>set datafile missing "?"</c>).
/// </summary>
public static class GnuplotData
{
    public const string Missing = "?";

    public static void Write(TextWriter writer, IEnumerable<string> comments, IReadOnlyList<string> header, IEnumerable<(string Label, IReadOnlyList<double?> Values)> rows)
    {
        foreach (var comment in comments)
            writer.Write($"# {comment}\n");
        writer.Write(string.Join(' ', header.Select(Quote)) + "\n");
        foreach (var (label, values) in rows)
            writer.Write(string.Join(' ', values.Select(Value).Prepend(Quote(label))) + "\n");
    }

    /// <summary>A string for a data file or a script: double quotes, with the characters gnuplot would read as syntax replaced.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "/").Replace("\"", "'").Replace("\n", " ") + "\"";

    public static string Value(double? value) => value is { } v && double.IsFinite(v)
        ? v.ToString("0.######", CultureInfo.InvariantCulture)
        : Missing;
}
