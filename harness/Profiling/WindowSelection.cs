using System.Globalization;
using Testbed.Harness.Outcomes;

namespace Testbed.Harness.Profiling;

/// <summary>
/// Which window is the bench sample to profile. A kernel reports a sample as
/// <c>t1 - t0 - overhead</c>, where the overhead is what two back-to-back TSC reads cost
/// (a few instructions; HAL TscReadCost and the SIP library measure it), so the window of a
/// sample whose value is the median M has a length L with M &lt;= L &lt;= M + slack.
/// </summary>
public static class WindowSelection
{
    /// <summary>Room for the subtracted read overhead: generous, since it is a handful of instructions.</summary>
    public const long DefaultSlack = 64;

    /// <summary>How many of the nearest window lengths an error lists.</summary>
    public const int NearestShown = 6;

    /// <summary>
    /// The window to profile. Every window with M &lt;= L &lt;= M + slack matches, but other
    /// code between two TSC reads can match too: a polling loop, or another bench whose
    /// median is a little above M (singularity: channel.roundtrip 228 + 6 and
    /// channel.roundtrip-async 253 + 6 both match). The read overhead is small and the
    /// same for every sample, so the bench's own windows are the shortest matching length;
    /// and a bench's samples repeat their length (the same path under icount), so a length
    /// seen only once yields to one seen several times. <paramref name="sample"/> picks among
    /// the windows of that length, 1-based; null takes the middle one.
    /// </summary>
    /// <returns>Indices into <paramref name="lengths"/>: the chosen window, the windows of its length, every match.</returns>
    /// <exception cref="NoMatchingWindowException">No window matches; the message lists the nearest lengths.</exception>
    /// <exception cref="BadUsageException"><paramref name="sample"/> is beyond the windows of the chosen length.</exception>
    public static WindowChoice Choose(
        IReadOnlyList<long> lengths, string bench, long median, long slack = DefaultSlack, int? sample = null)
    {
        var matching = new List<int>();
        for (int i = 0; i < lengths.Count; i++)
        {
            if (lengths[i] >= median && lengths[i] <= median + slack)
                matching.Add(i);
        }

        if (matching.Count == 0)
        {
            var nearest = lengths.Distinct().OrderBy(l => Math.Abs(l - median)).ThenBy(l => l).Take(NearestShown)
                .Select(l => l.ToString("N0", CultureInfo.InvariantCulture));
            throw new NoMatchingWindowException(
                $"no window between two rdtsc executions is {median:N0} to {median + slack:N0} instructions long, the length of a {bench} sample with median {median:N0}; " +
                $"nearest of {lengths.Count:N0} windows: {(lengths.Count == 0 ? "none" : string.Join(", ", nearest))}.\n" +
                "A sample can be cut only if nothing inside it reads the TSC: samples that take their own TSC reads " +
                "(e.g. workload samples that subtract halted time) or include halted time cannot be profiled this way.");
        }

        var byLength = matching.GroupBy(i => lengths[i]).OrderBy(g => g.Key).ToList();
        var sameLength = (byLength.FirstOrDefault(g => g.Count() > 1) ?? byLength[0]).ToList();
        int index = sample switch
        {
            null => (sameLength.Count - 1) / 2,
            int n when n >= 1 && n <= sameLength.Count => n - 1,
            int n => throw new BadUsageException(
                $"--sample {n}: {sameLength.Count} window(s) of {lengths[sameLength[0]]:N0} instructions match {bench} (use 1 to {sameLength.Count})"),
        };
        return new WindowChoice(sameLength[index], sameLength, matching);
    }
}

/// <summary>The window to profile, the windows of the same length it was picked from, and every window that matched.</summary>
public sealed record WindowChoice(int Chosen, IReadOnlyList<int> SameLength, IReadOnlyList<int> Matching);

/// <summary>No window of the boot has the length of the bench's median sample (exit code 8).</summary>
public sealed class NoMatchingWindowException(string message) : HarnessException(ExitCodes.NoProfileWindow, message);
