namespace Testbed.Harness.Images;

/// <summary>
/// footprint-sources.txt beside a kernel image: the source files that run in ring 0 in that
/// kernel, by group (kernel, wrappers, drivers, hal, runtime), one "group&lt;TAB&gt;path" per
/// line, written by the kernel's build from its &lt;FootprintSource&gt; items.
/// </summary>
public static class FootprintSources
{
    public const string FileName = "footprint-sources.txt";

    public sealed record Source(string Group, string Path);

    /// <summary>The sources listed next to <paramref name="elfPath"/>; empty when the kernel declares none.</summary>
    public static IReadOnlyList<Source> ReadBeside(string elfPath)
    {
        var listPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(elfPath))!, FileName);
        if (!File.Exists(listPath))
            return [];
        var sources = new List<Source>();
        foreach (var line in File.ReadAllLines(listPath))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0)
                continue;
            sources.Add(new Source(line[..tab], line[(tab + 1)..].Trim()));
        }
        return sources;
    }
}
