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
    /// The index (into <paramref name="lengths"/>) of the window to profile and the indices of
    /// every window that matched. <paramref name="sample"/> is 1-based among the matches;
    /// null takes the middle one.
    /// </summary>
    /// <exception cref="NoMatchingWindowException">No window matches; the message lists the nearest lengths.</exception>
    /// <exception cref="BadUsageException"><paramref name="sample"/> is beyond the matches.</exception>
    public static (int Chosen, IReadOnlyList<int> Matching) Choose(
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

        int index = sample switch
        {
            null => (matching.Count - 1) / 2,
            int n when n >= 1 && n <= matching.Count => n - 1,
            int n => throw new BadUsageException($"--sample {n}: only {matching.Count} window(s) match {bench} (use 1 to {matching.Count})"),
        };
        return (matching[index], matching);
    }
}

/// <summary>No window of the boot has the length of the bench's median sample (exit code 8).</summary>
public sealed class NoMatchingWindowException(string message) : HarnessException(ExitCodes.NoProfileWindow, message);
