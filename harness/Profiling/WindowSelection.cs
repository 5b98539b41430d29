namespace Testbed.Harness.Profiling;

/// <summary>
/// Which window is the bench sample to profile. A kernel reports a sample as
/// <c>t1 - t0 - overhead</c>, where the overhead is what two back-to-back TSC reads cost
/// (a few instructions; common/guest TscReadCost measures it in every kernel), so the window of a
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
    /// channel.roundtrip-async 253 + 6 both match). So the bench's own samples are looked
    /// for first: n windows at a fixed stride (2 in a plain loop: sample, loop, sample ...)
    /// which, less one common read overhead c (0 &lt;= c &lt;= slack), have exactly the reported
    /// min, median and max (see <see cref="FindSamples"/>). Failing that (a record without
    /// min/max, a loop of another shape), the bench's windows are taken to be the shortest
    /// matching length that several windows share: the read overhead is small, and a
    /// bench's samples repeat their path under icount. <paramref name="sample"/> picks among
    /// the candidates, 1-based, in execution order; null takes the middle one.
    /// </summary>
    /// <exception cref="NoMatchingWindowException">No window matches; the message lists the nearest lengths.</exception>
    /// <exception cref="BadUsageException"><paramref name="sample"/> is beyond the candidates.</exception>
    public static WindowChoice Choose(IReadOnlyList<long> lengths, BenchSamples bench, long slack = DefaultSlack, int? sample = null)
    {
        long median = bench.Median;
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
                $"no window between two rdtsc executions is {median:N0} to {median + slack:N0} instructions long, the length of a {bench.Name} sample with median {median:N0}; " +
                $"nearest of {lengths.Count:N0} windows: {(lengths.Count == 0 ? "none" : string.Join(", ", nearest))}.\n" +
                "A sample can be cut only if nothing inside it reads the TSC: samples that take their own TSC reads " +
                "(e.g. workload samples that subtract halted time) or include halted time cannot be profiled this way.");
        }

        List<int> candidates;
        var samples = FindSamples(lengths, bench, slack);
        if (samples is not null)
        {
            var inRange = samples.Value.Windows.Where(i => lengths[i] >= median && lengths[i] <= median + slack).ToList();
            candidates = inRange.Count > 0 ? inRange : [.. samples.Value.Windows];
        }
        else
        {
            var byLength = matching.GroupBy(i => lengths[i]).OrderBy(g => g.Key).ToList();
            candidates = (byLength.FirstOrDefault(g => g.Count() > 1) ?? byLength[0]).ToList();
        }

        int index = sample switch
        {
            null => (candidates.Count - 1) / 2,
            int n when n >= 1 && n <= candidates.Count => n - 1,
            int n => throw new BadUsageException(
                $"--sample {n}: {candidates.Count} window(s) are candidates for {bench.Name} (use 1 to {candidates.Count})"),
        };
        return new WindowChoice(candidates[index], candidates, matching, samples?.Windows, samples?.Overhead);
    }

    /// <summary>As above for a bench known only by its median (no search for its samples).</summary>
    public static WindowChoice Choose(IReadOnlyList<long> lengths, string bench, long median, long slack = DefaultSlack, int? sample = null) =>
        Choose(lengths, new BenchSamples(bench, median), slack, sample);

    /// <summary>
    /// The first n windows at a stride of 2, 1 or 3 whose lengths, less one overhead c with
    /// 0 &lt;= c &lt;= slack, have the bench's min, median (computed as the kernels' Summary does)
    /// and max; null if none, or if the record does not say n, min and max.
    /// </summary>
    public static (IReadOnlyList<int> Windows, long Overhead)? FindSamples(IReadOnlyList<long> lengths, BenchSamples bench, long slack = DefaultSlack)
    {
        if (bench.N < 1 || bench.N > MaxSamplesSearched || bench.Max < bench.Min)
            return null;
        int n = (int)bench.N;
        var values = new long[n];
        foreach (int stride in (int[])[2, 1, 3])
        {
            for (int k = 0; k + (n - 1) * stride < lengths.Count; k++)
            {
                if (lengths[k] < bench.Min || lengths[k] > bench.Max + slack)
                    continue;
                for (int j = 0; j < n; j++)
                    values[j] = lengths[k + j * stride];
                Array.Sort(values);
                long overhead = values[0] - bench.Min;
                if (overhead < 0 || overhead > slack || values[^1] - overhead != bench.Max)
                    continue;
                long median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
                if (median - overhead != bench.Median)
                    continue;
                return (Enumerable.Range(0, n).Select(j => k + j * stride).ToList(), overhead);
            }
        }
        return null;
    }

    /// <summary>Beyond this many samples (iterations) the search for them is not worth it; a profile wants few.</summary>
    public const int MaxSamplesSearched = 64;
}

/// <summary>What a bench record says about its samples; N, Min and Max 0 when unknown.</summary>
public sealed record BenchSamples(string Name, long Median, long N = 0, long Min = 0, long Max = 0);

/// <summary>
/// The window to profile, the candidates it was picked from (in execution order), every
/// window that matched, and, if the bench's samples were found, their windows and the read
/// overhead the kernel subtracted.
/// </summary>
public sealed record WindowChoice(
    int Chosen, IReadOnlyList<int> Candidates, IReadOnlyList<int> Matching,
    IReadOnlyList<int>? Samples = null, long? Overhead = null);

/// <summary>No window of the boot has the length of the bench's median sample (exit code 8).</summary>
public sealed class NoMatchingWindowException(string message) : HarnessException(ExitCodes.NoProfileWindow, message);
