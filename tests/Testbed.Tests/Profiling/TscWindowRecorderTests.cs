using Testbed.Harness.Profiling;

namespace Testbed.Tests.Profiling;

public sealed class TscWindowRecorderTests
{
    // PC 0 is an rdtsc in symbol 1; 10..19 are symbol 2, 20..29 symbol 3.
    static (int, bool) Classify(ulong pc) => pc switch
    {
        0 => (1, true),
        < 20 => (2, false),
        _ => (3, false),
    };

    [Fact]
    public void Windows_RunFromOneRdtscToJustBeforeTheNext_AsSymbolRuns()
    {
        var recorder = new TscWindowRecorder(Classify);
        ulong[] pcs = [10, 11, /* rdtsc */ 0, 10, 11, 20, 21, 12, /* rdtsc */ 0, 20, /* rdtsc */ 0, 10];
        foreach (var pc in pcs)
            recorder.Add(pc);

        Assert.Equal(pcs.Length, recorder.Instructions);
        Assert.Equal(2, recorder.Windows.Count);
        var first = recorder.Windows[0];
        Assert.Equal(2, first.Start);
        Assert.Equal(6, first.Length);
        Assert.Equal([new SymbolRun(1, 1), new SymbolRun(2, 2), new SymbolRun(3, 2), new SymbolRun(2, 1)], recorder.RunsOf(first));
        Assert.Equal([new SymbolRun(1, 1), new SymbolRun(3, 1)], recorder.RunsOf(recorder.Windows[1]));
    }

    [Fact]
    public void AProfile_CountsPerSymbol_MostFirst_WithTheWindowAsTotal()
    {
        var recorder = new TscWindowRecorder(Classify);
        foreach (var pc in new ulong[] { 0, 10, 11, 20, 21, 22, 12, 0 })
            recorder.Add(pc);
        var window = recorder.Windows[0];
        var profile = SampleProfile.Of(window, recorder.RunsOf(window), id => new CodeSymbol("k.elf", $"s{id}"));

        Assert.Equal(7, profile.Total);
        Assert.Equal(["s2", "s3", "s1"], profile.Rows.Select(r => r.Symbol));
        Assert.Equal([3L, 3L, 1L], profile.Rows.Select(r => r.Instructions));
        Assert.Equal(profile.Total, profile.Rows.Sum(r => r.Instructions));
        Assert.Equal(["s1", "s2", "s3", "s2"], profile.Sequence.Select(s => s.Symbol));
    }
}
