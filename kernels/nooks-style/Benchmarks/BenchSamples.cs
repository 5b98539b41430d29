// Samples the apps process measured in ring 3 (Sample system call), summarised in the guest,
// and the wrong replies it counted for each benchmark after its loop (BenchReplies call;
// ulong.MaxValue until that call arrives, so a loop that never finished is wrong too).
using Testbed.Guest.Measure;

namespace NooksStyle.Benchmarks;

public static class BenchSamples
{
    public const int Capacity = 4096;
    private static ulong[][] s_samples;
    private static int[] s_counts;
    private static ulong[] s_wrongReplies;

    public static void Reset()
    {
        if (s_samples == null)
        {
            s_samples = new ulong[NooksCalls.BenchCount][];
            for (int i = 0; i < NooksCalls.BenchCount; i++) s_samples[i] = new ulong[Capacity];
            s_counts = new int[NooksCalls.BenchCount];
            s_wrongReplies = new ulong[NooksCalls.BenchCount];
        }
        for (int i = 0; i < NooksCalls.BenchCount; i++)
        {
            s_counts[i] = 0;
            s_wrongReplies[i] = ulong.MaxValue;
        }
    }

    public static void SetWrongReplies(ulong bench, ulong wrong)
    {
        if (bench < NooksCalls.BenchCount) s_wrongReplies[bench] = wrong;
    }

    public static ulong WrongReplies(ulong bench) => s_wrongReplies[bench];

    public static void Add(ulong bench, ulong value)
    {
        if (bench >= NooksCalls.BenchCount || s_counts[bench] >= Capacity) return;
        s_samples[bench][s_counts[bench]++] = value;
    }

    public static Summary Summarise(ulong bench) => Summary.Of(s_samples[bench], s_counts[bench]);

    public static ulong Last(ulong bench) => s_counts[bench] == 0 ? 0 : s_samples[bench][s_counts[bench] - 1];
}
