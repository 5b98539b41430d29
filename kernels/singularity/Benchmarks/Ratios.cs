// The targets as ratios of two medians measured in this boot (per mille), with
// the target and whether it is met. Targets (after the paper's table 1): kernel API call
// at most 1/5 of a null system call; channel request/reply at most 1/4 of an IPC round
// trip with two address-space switches; SIP create+start at most 1/2 of a hardware
// process create+start. (The ratios against the other kernels, such as the channel at
// most 1/2 of l4-style's round trip, come from `testbed compare`, papers/comparisons.csv.)
// Reported, not asserted: under TCG icount an instruction is one unit whatever it costs,
// so syscall, sysret and CR3 writes are far cheaper here than in cycles on hardware, and
// the hardware ratios are what the paper's cycles measure.

namespace Singularity.Benchmarks;

public static class Ratios
{
    public static void Report()
    {
        Ratio("abi.null/hw.syscall.null", BenchmarkSuite.AbiNullMedian, HardwareBaseline.SyscallMedian, 200);
        Ratio("channel.roundtrip/hw.ipc.roundtrip", BenchmarkSuite.ChannelRoundTripMedian, HardwareBaseline.IpcRoundTripMedian, 250);
        Ratio("sip.create-start/hw.process.create-start", BenchmarkSuite.SipCreateMedian, HardwareBaseline.ProcessCreateMedian, 500);
    }

    private static void Ratio(string name, ulong numerator, ulong denominator, ulong targetPerMille)
    {
        if (denominator == 0) return;
        ulong perMille = numerator * 1000 / denominator;
        TbLine.Begin("ratio").Field("name", name).Field("per-mille", perMille).Field("target-per-mille", targetPerMille)
            .Field("met", perMille <= targetPerMille).End();
    }
}
