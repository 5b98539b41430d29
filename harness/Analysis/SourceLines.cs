namespace Testbed.Harness.Analysis;

/// <summary>
/// Lines of code as footprint comparisons count them (MINIX 3's "about 4,000 lines of
/// kernel"): lines that are neither blank nor only a comment. C# (//, ///, /* ... */ lines
/// starting with * too) and GNU assembly (#) comments.
/// </summary>
public static class SourceLines
{
    public static int CountCode(IEnumerable<string> lines) => lines.Count(IsCode);

    public static bool IsCode(string line)
    {
        var text = line.TrimStart();
        return text.Length > 0
            && !text.StartsWith("//", StringComparison.Ordinal)
            && !text.StartsWith('#')
            && !text.StartsWith("/*", StringComparison.Ordinal)
            && !text.StartsWith('*');
    }
}
