// The rows of the Singularity paper's table 1 (section 4.1), measured here in retired
// instructions (TCG icount) or cycles (KVM):
//   abi.null             minimum kernel API call (measured inside a SIP: a direct call through the ABI table)
//   channel.roundtrip    message request/reply between two SIPs over a contract-checked channel
//   sip.create-start     SIP create and start: from the kernel's request until the new SIP's
//                        Exit call (image mapped, stack, thread, its runtime initialised, main run)
//   sip.create-start-exit  the same plus its exit and reclamation, back in the kernel
// The hardware-isolated comparison points of the same run are in HardwareBaseline.cs.
// Every sample's result is checked outside its window: the channel client checks each Pong
// (bench.channel.*.replies), the kernel each SIP's exit after the sample's counter read
// (bench.sip.create-start.replies); selftest-break=bench.<name>.replies reads them off by one.
using Testbed.Guest.Measure;

namespace Singularity.Benchmarks;

public static class BenchmarkSuite
{
    private const int MaxCreateSamples = 300;

    public static ulong AbiNullMedian, ChannelRoundTripMedian, SipCreateMedian;

    /// <summary>Keeps the medians SIPs report, for the ratios against the hardware baseline.</summary>
    public static void Remember(string name, ulong median)
    {
        if (name == "abi.null") AbiNullMedian = median;
        else if (name == "channel.roundtrip") ChannelRoundTripMedian = median;
    }

    public static void Run(int iterations)
    {
        int channelIterations = iterations > 60_000 ? 60_000 : iterations;
        long breaks = (CommandLine.Breaks("bench.channel.roundtrip.replies") ? BenchBreak.RoundTrip : 0)
            | (CommandLine.Breaks("bench.channel.roundtrip-async.replies") ? BenchBreak.RoundTripAsync : 0);
        Sip client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.Benchmark, channelIterations, breaks));
        Report.CheckValue("bench.channel-client-exit", client.FaultKind == 0 && client.ExitCode == 0, "code", (ulong)client.ExitCode);
        SipCreate(iterations > MaxCreateSamples ? MaxCreateSamples : iterations);
        HardwareBaseline.Run(iterations);
        Ratios.Report();
        DriverRecovery.Run();
    }

    private static void SipCreate(int count)
    {
        ulong[] startSamples = new ulong[count];
        ulong[] fullSamples = new ulong[count];
        Scenario.Run("hello", 1);          // the slot's page tables exist from here on
        long perturb = CommandLine.Breaks("bench.sip.create-start.replies") ? 1 : 0;
        ulong wrong = 0;
        for (int i = 0; i < count; i++)
        {
            Sip sip = SipLifecycle.Start("hello", 1);
            SipLifecycle.Join(sip);
            ulong end = Tsc.Close();
            startSamples[i] = sip.DeathTsc - sip.StartTsc;
            fullSamples[i] = end - sip.StartTsc;
            if (sip.State != SipState.Reclaimed || sip.FaultKind != 0 || sip.ExitCode + perturb != 0) wrong++;     // hello ran its main to the end
        }
        Report.CheckValue("bench.sip.create-start.replies", wrong == 0, "wrong", wrong);
        SipCreateMedian = Summary.Of(startSamples, count).Median;
        Report.Bench("sip.create-start", Summary.Of(startSamples, count), "minimal SIP: manifest lookup, image mapped (3 pages), stack, thread, runtime start, main, up to its Exit call");
        Report.Bench("sip.create-start-exit", Summary.Of(fullSamples, count), "the same, plus exit, reclamation of every page, and the kernel thread resumed");
    }
}
