// Min / median / max of a set of measurements, computed in the guest so that only one
// line per benchmark crosses the serial port (PROTOCOL.md, bench records). Plain logic:
// the test project compiles this file and checks it on the host.
namespace Testbed.Guest.Measure;

public readonly struct Summary
{
    public readonly int Count;
    public readonly ulong Min, Median, Max;

    private Summary(int count, ulong min, ulong median, ulong max)
    {
        Count = count;
        Min = min;
        Median = median;
        Max = max;
    }

    /// <summary>One measurement on its own (a recovery, a ratio): n = 1.</summary>
    public static Summary Single(ulong value) => new(1, value, value, value);

    /// <summary>Sorts the first <paramref name="count"/> of <paramref name="samples"/> in place and summarises them.</summary>
    public static Summary Of(ulong[] samples, int count)
    {
        if (count == 0) return default;
        Sort(samples, count);
        return new Summary(count, samples[0], MedianOfSorted(samples, count), samples[count - 1]);
    }

    /// <summary>Sorts the first <paramref name="count"/> samples in place; their median (the mean of the middle two for an even count).</summary>
    public static ulong MedianOf(ulong[] samples, int count)
    {
        if (count == 0) return 0;
        Sort(samples, count);
        return MedianOfSorted(samples, count);
    }

    private static ulong MedianOfSorted(ulong[] a, int n) => n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;

    // Shell sort: no recursion, no allocation, fast enough for thousands of samples.
    private static void Sort(ulong[] a, int n)
    {
        for (int gap = n / 2; gap > 0; gap /= 2)
            for (int i = gap; i < n; i++)
            {
                ulong value = a[i];
                int j = i;
                while (j >= gap && a[j - gap] > value)
                {
                    a[j] = a[j - gap];
                    j -= gap;
                }
                a[j] = value;
            }
    }
}
