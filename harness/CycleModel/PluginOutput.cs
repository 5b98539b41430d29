using System.Globalization;

namespace Testbed.Harness.CycleModel;

/// <summary>
/// What the cycle-model plugin wrote for one boot (cycle-model/README.md, "Output"): the
/// names of its counters, then the sample windows it saw, grouped first by the bench record
/// that followed them (a segment per record, one more after the last) and then by the place
/// each window was closed (its site), each group with the calibration it was taken under.
/// Windows with the same counts are written once with their multiplicity. A file cut short
/// (QEMU killed) keeps its whole groups; the unfinished one is dropped.
/// </summary>
public sealed class PluginOutput
{
    public const string Magic = "testbed-cycles 1";

    public required IReadOnlyList<string> Counters { get; init; }
    public required IReadOnlyList<WindowSegment> Segments { get; init; }
    /// <summary>The whole run's counts, when the plugin reached QEMU's exit.</summary>
    public ulong[]? Total { get; init; }

    public static PluginOutput Load(string path)
    {
        try { return Parse(File.ReadAllLines(path), path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadPluginOutputException($"cannot read the cycle model's output {path}: {e.Message}");
        }
    }

    public static PluginOutput Parse(IReadOnlyList<string> lines, string origin)
    {
        if (lines.Count < 2 || lines[0] != Magic || !lines[1].StartsWith("counters ", StringComparison.Ordinal))
            throw new BadPluginOutputException($"{origin} is not the cycle model plugin's output (no '{Magic}' and counters lines)");
        var counters = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
        var segments = new List<WindowSegment>();
        WindowSegment? segment = null;
        WindowGroup? group = null;
        ulong[]? total = null;
        for (int i = 2; i < lines.Count; i++)
        {
            var words = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            BadPluginOutputException Bad(string why) => new($"{origin}:{i + 1}: {why}");
            switch (words[0])
            {
                case "segment":
                    group = null;
                    segment = new WindowSegment(Whole(words, 1, Bad), Field(words, "orphans", Bad));
                    segments.Add(segment);
                    break;
                case "group":
                    if (segment is null) throw Bad("a group outside a segment");
                    group = new WindowGroup(Hex(Value(words, "site", Bad), Bad), Field(words, "windows", Bad), Field(words, "calibration-changes", Bad));
                    break;
                case "calibration":
                    if (group is null) throw Bad("a calibration outside a group");
                    group.Calibration = Sparse(words, 1, counters.Length, Bad);
                    break;
                case "w":
                    if (group is null) throw Bad("a window outside a group");
                    group.Distinct.Add(new WindowCounts(Whole(words, 1, Bad), Sparse(words, 2, counters.Length, Bad)));
                    break;
                case "end":
                    if (group is null) throw Bad("'end' outside a group");
                    if (group.Distinct.Sum(w => (long)w.Multiplicity) != (long)group.Windows)
                        throw Bad($"the group at {group.Site:x} says {group.Windows} windows but lists {group.Distinct.Sum(w => (long)w.Multiplicity)}");
                    segment!.Groups.Add(group);
                    group = null;
                    break;
                case "total":
                    total = Sparse(words, 1, counters.Length, Bad);
                    break;
                default:
                    throw Bad($"unknown line '{words[0]}'");
            }
        }
        return new PluginOutput { Counters = counters, Segments = segments, Total = total };
    }

    static ulong Whole(string[] words, int at, Func<string, BadPluginOutputException> bad) =>
        at < words.Length && ulong.TryParse(words[at], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw bad("a whole number expected");

    static string Value(string[] words, string key, Func<string, BadPluginOutputException> bad) =>
        words.FirstOrDefault(w => w.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..] ?? throw bad($"no {key}=");

    static ulong Field(string[] words, string key, Func<string, BadPluginOutputException> bad) =>
        ulong.TryParse(Value(words, key, bad), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw bad($"{key}= is not a whole number");

    static ulong Hex(string text, Func<string, BadPluginOutputException> bad) =>
        ulong.TryParse(text.StartsWith("0x", StringComparison.Ordinal) ? text[2..] : text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v) ? v : throw bad($"'{text}' is not a hexadecimal address");

    static ulong[] Sparse(string[] words, int from, int length, Func<string, BadPluginOutputException> bad)
    {
        var counts = new ulong[length];
        for (int i = from; i < words.Length; i++)
        {
            int colon = words[i].IndexOf(':');
            if (colon <= 0 || !int.TryParse(words[i].AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= length
                || !ulong.TryParse(words[i].AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                throw bad($"'{words[i]}' is not index:count for one of {length} counters");
            counts[index] = value;
        }
        return counts;
    }
}

/// <summary>The windows closed before one bench record (the record with this ordinal in the boot), by site.</summary>
public sealed record WindowSegment(ulong Record, ulong Orphans)
{
    public List<WindowGroup> Groups { get; } = [];
}

/// <summary>The windows of one segment closed at one site (the code address a close returned to).</summary>
public sealed class WindowGroup(ulong site, ulong windows, ulong calibrationChanges)
{
    public ulong Site { get; } = site;
    public ulong Windows { get; } = windows;
    /// <summary>How many windows of the group were taken under another calibration than the first.</summary>
    public ulong CalibrationChanges { get; } = calibrationChanges;
    public ulong[] Calibration { get; set; } = [];
    public List<WindowCounts> Distinct { get; } = [];
}

/// <summary>The counts of one window (indexed as the plugin's counters), and how many windows had exactly these.</summary>
public sealed record WindowCounts(ulong Multiplicity, ulong[] Counts);

/// <summary>The plugin's output file is missing or malformed (exit code 12, as a plugin that would not load).</summary>
public sealed class BadPluginOutputException(string message) : Testbed.Harness.Outcomes.HarnessException(Testbed.Harness.Outcomes.ExitCodes.ModelUnavailable, message);
