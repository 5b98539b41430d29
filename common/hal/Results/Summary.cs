// Min / median / max of a set of measurements, computed in the guest so that only one
// line per benchmark crosses the serial port.
namespace Testbed.Hal;

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

    /// <summary>Sorts <paramref name="samples"/> in place and summarises them.</summary>
    public static Summary Of(ulong[] samples, int count)
    {
        if (count == 0) return default;
        Sort(samples, count);
        ulong median = count % 2 == 1 ? samples[count / 2] : (samples[count / 2 - 1] + samples[count / 2]) / 2;
        return new Summary(count, samples[0], median, samples[count - 1]);
    }

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
