// Samples the apps process measured in ring 3 (Sample system call), summarised in the guest.
using Testbed.Guest.Measure;

namespace NooksStyle.Benchmarks;

public static class BenchSamples
{
    public const int Capacity = 4096;
    private static ulong[][] s_samples;
    private static int[] s_counts;

    public static void Reset()
    {
        if (s_samples == null)
        {
            s_samples = new ulong[NooksCalls.BenchCount][];
            for (int i = 0; i < NooksCalls.BenchCount; i++) s_samples[i] = new ulong[Capacity];
            s_counts = new int[NooksCalls.BenchCount];
        }
        for (int i = 0; i < NooksCalls.BenchCount; i++) s_counts[i] = 0;
    }

    public static void Add(ulong bench, ulong value)
    {
        if (bench >= NooksCalls.BenchCount || s_counts[bench] >= Capacity) return;
        s_samples[bench][s_counts[bench]++] = value;
    }

    public static Summary Summarise(ulong bench) => Summary.Of(s_samples[bench], s_counts[bench]);

    public static ulong Last(ulong bench) => s_counts[bench] == 0 ? 0 : s_samples[bench][s_counts[bench] - 1];
}
