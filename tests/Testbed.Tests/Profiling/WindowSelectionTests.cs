using Testbed.Harness.Profiling;

namespace Testbed.Tests.Profiling;

public sealed class WindowSelectionTests
{
    [Fact]
    public void AWindowMatches_FromTheMedian_ToTheMedianPlusTheSlack()
    {
        long[] lengths = [35, 36, 100, 101];
        var choice = WindowSelection.Choose(lengths, "syscall.null", median: 36, slack: 64);
        Assert.Equal([1, 2], choice.Matching);
    }

    [Fact]
    public void TheShortestRepeatedMatchingLength_IsProfiled_NotALongerBenchOrAStrayWindow()
    {
        // singularity: channel.roundtrip (228, windows of 234) and channel.roundtrip-async
        // (253, windows of 259) both fall in 228..292; a stray 230 is seen only once.
        long[] lengths = [749, 234, 6, 234, 6, 234, 230, 259, 9, 259, 9, 259, 9, 259];
        var choice = WindowSelection.Choose(lengths, "channel.roundtrip", median: 228);
        Assert.Equal([1, 3, 5], choice.Candidates);
        Assert.Equal(3, choice.Chosen); // the middle one
        Assert.Equal(8, choice.Matching.Count);
    }

    [Fact]
    public void TheBenchsOwnSamples_AreFound_ByTheirMinMedianAndMax_AtAStrideOfTwo()
    {
        // halcheck thread.switch, n=4 min=71 median=71 max=84: a polling loop's 76s come
        // first and are shorter, but only 77, 77, 77, 90 less 6 are the bench's samples.
        long[] lengths = [76, 65, 76, 65, 90, 9, 77, 9, 77, 9, 77, 12];
        var bench = new BenchSamples("thread.switch", Median: 71, N: 4, Min: 71, Max: 84);

        var found = WindowSelection.FindSamples(lengths, bench);
        Assert.NotNull(found);
        Assert.Equal([4, 6, 8, 10], found.Value.Windows);
        Assert.Equal(6, found.Value.Overhead);

        var choice = WindowSelection.Choose(lengths, bench);
        Assert.Equal([4, 6, 8, 10], choice.Candidates);
        Assert.Equal(6, choice.Chosen); // the middle one: second of four
        Assert.Equal(4, WindowSelection.Choose(lengths, bench, sample: 1).Chosen);
    }

    [Fact]
    public void SamplesOutsideTheMatchingRange_AreNotCandidates()
    {
        // channel.roundtrip n=4 min=228 median=228 max=749: the cold first sample is no candidate.
        long[] lengths = [755, 9, 234, 9, 234, 9, 234, 9, 259, 9, 259];
        var choice = WindowSelection.Choose(lengths, new BenchSamples("channel.roundtrip", 228, 4, 228, 749));
        Assert.Equal([0, 2, 4, 6], choice.Samples);
        Assert.Equal([2, 4, 6], choice.Candidates);
        Assert.Equal(4, choice.Chosen);
    }

    [Fact]
    public void NoRunOfWindowsWithTheRecordsFigures_FindsNoSamples()
    {
        long[] lengths = [77, 9, 77, 9, 77, 9, 77];
        Assert.Null(WindowSelection.FindSamples(lengths, new BenchSamples("thread.switch", 71, 4, 71, 84)));
        Assert.Null(WindowSelection.FindSamples(lengths, new BenchSamples("no-figures", 71)));
    }

    [Fact]
    public void ASingleMatchingWindow_IsProfiled_EvenIfItsLengthIsNotRepeated()
    {
        long[] lengths = [5, 300, 5, 1000];
        Assert.Equal(1, WindowSelection.Choose(lengths, "one", median: 290).Chosen);
    }

    [Fact]
    public void Sample_PicksTheNthWindowOfThatLength_FromOne()
    {
        long[] lengths = [231, 9, 231, 9, 231];
        Assert.Equal(0, WindowSelection.Choose(lengths, "channel.roundtrip", 228, sample: 1).Chosen);
        Assert.Equal(4, WindowSelection.Choose(lengths, "channel.roundtrip", 228, sample: 3).Chosen);
        Assert.Equal(2, WindowSelection.Choose(lengths, "channel.roundtrip", 228).Chosen);
        var beyond = Assert.Throws<BadUsageException>(() => WindowSelection.Choose(lengths, "channel.roundtrip", 228, sample: 4));
        Assert.Contains("1 to 3", beyond.Message);
    }

    [Fact]
    public void NoMatchingWindow_IsAnError_ListingTheNearestLengths()
    {
        long[] lengths = [5, 200, 210, 10_000, 300];
        var error = Assert.Throws<NoMatchingWindowException>(() => WindowSelection.Choose(lengths, "disk.read", median: 1000, slack: 64));
        Assert.Equal(ExitCodes.NoProfileWindow, error.ExitCode);
        Assert.Contains("nearest of 5 windows: 300, 210, 200, 5, 10,000", error.Message);
        Assert.Contains("halted time", error.Message);
    }
}
