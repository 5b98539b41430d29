using Testbed.Harness.Profiling;

namespace Testbed.Tests.Kernels;

/// <summary>
/// `testbed profile` end to end: halcheck under single-stepped TCG icount with the exec log
/// through a named pipe, its syscall.null sample cut out and counted per symbol. Slow by
/// nature (halcheck's whole boot is single-stepped, about a minute), so only one boot.
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class ProfileBootTests
{
    [Fact]
    public async Task SyscallNullSample_IsCutBetweenItsTscReads_AndPassesThroughTheSyscallEntry()
    {
        var request = new ProfileRequest(KernelCatalog.Resolve("halcheck", repositoryRoot: null), "syscall.null")
        {
            Timeout = TimeSpan.FromSeconds(300),
        };

        var trace = await ProfileSession.RunAsync(request);

        Assert.True(trace.Boot.Outcome == Outcome.Passed, $"{trace.Boot.Outcome}: {trace.Boot.Verdict.Reason}");
        var bench = trace.Bench("syscall.null");
        Assert.NotNull(bench);
        Assert.Equal((ulong)ProfileRequest.DefaultIterations, bench.N);
        var (profile, choice) = trace.ProfileOf(bench, request.Slack, sample: null);

        // The window is the sample (exactly the committed figure) plus the subtracted cost of the
        // TSC reads, six instructions, and every one of its instructions is attributed.
        Assert.Equal(References.Exact("halcheck", "syscall.null"), bench.Median);
        Assert.Equal(6L, choice.Overhead);
        Assert.Equal((long)bench.Median + 6, profile.Total);
        Assert.Equal(profile.Total, profile.Rows.Sum(r => r.Instructions));
        Assert.Equal(profile.Total, profile.Sequence.Sum(s => s.Instructions));
        // Its four samples were found as windows, each the sample plus the read overhead.
        Assert.NotNull(choice.Samples);
        Assert.Equal(ProfileRequest.DefaultIterations, choice.Samples.Count);
        Assert.Contains(choice.Chosen, choice.Samples);
        Assert.Equal((long)bench.Median + choice.Overhead, profile.Total);
        Assert.Equal("tb_rdtsc_open", profile.Sequence[0].Symbol);      // the read that opens the sample (common/guest/Measure/tsc.S)
        Assert.Contains(profile.Rows, r => r.Image == "kernel64.elf" && r.Symbol.Contains("syscall", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(profile.Rows, r => r.Image == "halcheck-user.elf");
    }
}
