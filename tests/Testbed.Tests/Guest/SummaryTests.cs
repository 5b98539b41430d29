using Testbed.Guest.Measure;
using Summary = Testbed.Guest.Measure.Summary;

namespace Testbed.Tests.Guest;

/// <summary>Min / median / max as every kernel reports a bench (common/guest/Measure/Summary.cs).</summary>
public sealed class SummaryTests
{
    [Fact]
    public void OddCount_MedianIsTheMiddleSample()
    {
        ulong[] samples = [9, 1, 5, 7, 3];
        Summary s = Summary.Of(samples, 5);
        Assert.Equal((5, 1UL, 5UL, 9UL), (s.Count, s.Min, s.Median, s.Max));
    }

    [Fact]
    public void EvenCount_MedianIsTheMeanOfTheMiddleTwo_RoundedDown()
    {
        ulong[] samples = [10, 2, 7, 4];
        Assert.Equal(5UL, Summary.Of(samples, 4).Median);   // (4 + 7) / 2
    }

    [Fact]
    public void OnlyTheFirstCountSamples_AreSummarised_AndTheyAreLeftSorted()
    {
        ulong[] samples = [30, 10, 20, 1, 999];
        Summary s = Summary.Of(samples, 3);
        Assert.Equal((3, 10UL, 20UL, 30UL), (s.Count, s.Min, s.Median, s.Max));
        Assert.Equal([10UL, 20UL, 30UL, 1UL, 999UL], samples);
    }

    [Fact]
    public void NoSamples_IsAnEmptySummary()
    {
        Assert.Equal(default, Summary.Of([], 0));
        Assert.Equal(0UL, Summary.MedianOf([], 0));
    }

    [Fact]
    public void MedianOf_AgreesWithOf_OnManySamples()
    {
        var random = new Random(7);
        ulong[] a = Enumerable.Range(0, 1001).Select(_ => (ulong)random.Next(0, 100_000)).ToArray();
        ulong[] b = (ulong[])a.Clone();
        ulong[] sorted = a.Order().ToArray();
        Assert.Equal(sorted[500], Summary.MedianOf(a, a.Length));
        Summary s = Summary.Of(b, b.Length);
        Assert.Equal((sorted[0], sorted[500], sorted[^1]), (s.Min, s.Median, s.Max));
        Assert.Equal(sorted, a);
    }
}
