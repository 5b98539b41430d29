namespace Testbed.Harness.Images;

/// <summary>
/// What a kernel's build published beside its image about its command line
/// (common/build/BareMetal.targets, from the kernel's &lt;KernelWord&gt; and &lt;FaultTarget&gt;
/// items): vocabulary.txt, the keys the kernel and its processes read, one a line; and
/// fault-targets.txt, one "target, tab, comma-separated start words" line per target a
/// <c>fault=</c> word may aim at (no start words: the target always runs). Either is null
/// when the file is missing (an image from elsewhere): the harness then cannot check that part.
/// </summary>
public sealed record KernelVocabulary(IReadOnlySet<string>? Words, IReadOnlyList<FaultTargetEntry>? FaultTargets)
{
    public const string WordsFileName = "vocabulary.txt";
    public const string FaultTargetsFileName = "fault-targets.txt";

    public static readonly KernelVocabulary Unknown = new(null, null);

    public static KernelVocabulary ReadBeside(string elfPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(elfPath))!;
        var words = ReadLines(Path.Combine(folder, WordsFileName))?.ToHashSet(StringComparer.Ordinal);
        var targets = ReadLines(Path.Combine(folder, FaultTargetsFileName))?.Select(FaultTargetEntry.Parse).ToList();
        return new KernelVocabulary(words, targets);
    }

    /// <summary>Whether the kernel reads the word <paramref name="key"/> (true when unknown: nothing to warn about).</summary>
    public bool Knows(string key) => Words is null || Words.Contains(key);

    static IEnumerable<string>? ReadLines(string path) => File.Exists(path)
        ? File.ReadAllLines(path).Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#')).ToList()
        : null;
}

/// <summary>A fault target of a kernel and the command-line words one of which starts it (none: always).</summary>
public sealed record FaultTargetEntry(string Name, IReadOnlyList<string> StartsWith)
{
    public static FaultTargetEntry Parse(string line)
    {
        var parts = line.Split('\t', 2);
        var words = parts.Length < 2 ? [] : parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new FaultTargetEntry(parts[0].Trim(), words);
    }
}
