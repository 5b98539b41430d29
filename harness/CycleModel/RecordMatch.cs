using Testbed.Harness.Protocol;

namespace Testbed.Harness.CycleModel;

/// <summary>
/// Finds the windows of each bench record among the plugin's groups (docs/cycle-model.md,
/// "Which windows are a row's samples"). A record's windows were closed before its own
/// marker, in its segment or an earlier one (a kernel may report samples it collected long
/// before); they are the group whose windows' instruction counts give exactly the record's
/// n, min, median and max, with the calibration subtracted (a bench that subtracts the read
/// cost) or not (one that does not). Failing an exact match, a record takes the one group of
/// n windows whose median is within 2 % of its own, if there is exactly one such group: a
/// window the guest adjusted (halted time subtracted, which takes the few instructions around
/// each halt with it) or one the plugin counts a few instructions apart (a fault in the middle
/// of a block); the row says by how much. Anything else is not modelled, and says why, rather
/// than being given another row's cycles.
/// </summary>
public static class RecordMatch
{
    /// <summary>How far an approximate match's median may be from the record's, as a fraction of it.</summary>
    public const double Tolerance = 0.02;

    /// <summary>For every bench record, in boot order, its group or the reason there is none.</summary>
    public static IReadOnlyList<MatchedRecord> All(IReadOnlyList<BenchRecord> records, PluginOutput output)
    {
        var used = new HashSet<WindowGroup>();
        var matches = new List<MatchedRecord>();
        for (int k = 0; k < records.Count; k++)
        {
            var record = records[k];
            // The nearest segment first: the usual bench reports right after its loop.
            var candidates = output.Segments.Where(s => s.Record <= (ulong)k).OrderByDescending(s => s.Record)
                .SelectMany(s => s.Groups).Where(g => !used.Contains(g) && g.Windows == record.N)
                .SelectMany(g => new[] { true, false }.Select(calibrated => (Group: g, Calibrated: calibrated,
                    Stats: WindowStatistics.OfWhole(WindowStatistics.Windows(g, calibrated)
                        .Select(w => (WindowStatistics.Instructions(output.Counters, w.Counts), w.Multiplicity))))))
                .ToList();
            var exact = candidates.FirstOrDefault(c => c.Stats == (record.N, record.Min, record.Median, record.Max));
            MatchedRecord match;
            if (exact.Group is not null)
                match = new MatchedRecord(record, exact.Group, exact.Calibrated, null) { IsExact = true };
            else
            {
                // Calibrated only: the near match is for benches that subtract the read cost.
                var near = candidates.Where(c => c.Calibrated && Math.Abs((double)c.Stats.Median - record.Median) <= Tolerance * record.Median)
                    .Select(c => c.Group).Distinct().ToList();
                match = near.Count == 1
                    ? new MatchedRecord(record, near[0], true, null)
                    {
                        MedianDeviation = (long)record.Median - (long)candidates.First(c => c.Group == near[0] && c.Calibrated).Stats.Median,
                    }
                    : new MatchedRecord(record, null, false, WhyNot(record, output, k, near.Count));
            }
            if (match.Group is not null) used.Add(match.Group);
            matches.Add(match);
        }
        return matches;
    }

    static string WhyNot(BenchRecord record, PluginOutput output, int k, int near)
    {
        var groups = output.Segments.Where(s => s.Record <= (ulong)k).SelectMany(s => s.Groups).ToList();
        if (groups.Count == 0) return "no sample windows before it (its bench reads the counter without Tsc.Open/Close)";
        if (!groups.Any(g => g.Windows == record.N)) return $"no group of {record.N} windows (its samples are not one window each)";
        if (near > 1) return $"{near} groups of {record.N} windows come within {Tolerance:P0} of its median and none exactly: which is its own is not known";
        return $"no group of {record.N} windows comes within {Tolerance:P0} of its instruction counts";
    }
}

/// <summary>
/// A bench record and the group of windows that are its samples (null if none, with the
/// reason). <see cref="MedianDeviation"/> is the record's median less its windows' median, in
/// instructions, for a near match.
/// </summary>
public sealed record MatchedRecord(BenchRecord Record, WindowGroup? Group, bool Calibrated, string? NotModelled)
{
    public long MedianDeviation { get; init; }

    /// <summary>The windows reproduce the record's n, min, median and max exactly.</summary>
    public bool IsExact { get; init; }
}
