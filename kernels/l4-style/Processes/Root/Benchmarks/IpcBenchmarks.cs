// The IPC figures, measured in ring 3 with the time stamp counter (retired instructions
// under TCG icount), the cost of reading the counter subtracted:
//   syscall.null              a kernel call that does nothing, through this kernel's entry
//   ipc.roundtrip.inter-as    call + reply-and-wait to an echo server in another task
//   ipc.oneway.inter-as       from just before the call to the server's first instruction after its receive
//   ipc.roundtrip.intra-as, ipc.oneway.intra-as   the same with a server thread in this task
//   ipc.string-1k.roundtrip   a call carrying a 1 KiB string, copied by the kernel
//   floor.roundtrip           2 x syscall.null + a CR3 switch and back (halcheck's floor, this boot)
// Every reply is checked after its sample's second counter read, from the message in
// memory (nothing is added between the reads): bench.<name>.replies counts the wrong ones,
// so a fast failing path cannot pass for a fast round trip. The null call returns nothing
// to check. `selftest-break=bench.<name>.replies` reads every reply off by one.
using L4Style.Abi;
using L4Style.Processes.Root.Checks;
using L4Style.Processes.UserLib;
using Testbed.Guest.Measure;

namespace L4Style.Processes.Root.Benchmarks;

public static unsafe class IpcBenchmarks
{
    public static ulong LocalEchoSlot;
    private static ulong[] s_samples;
    private static ulong[] s_oneWay;
    private static ulong s_overhead;

    public static void Run(int iterations)
    {
        s_samples = new ulong[iterations];
        s_oneWay = new ulong[iterations];
        s_overhead = TscReadCost.Measure();

        ulong nullCall = NullSystemCall(iterations);

        Peer echo = Peers.Start(PeerMode.EchoServer);
        Warm(echo.Slot);
        ulong roundTrip = RoundTrips(echo.Slot, iterations, "ipc.roundtrip.inter-as", "ipc.oneway.inter-as", "bench.ipc.roundtrip.inter-as.replies",
            "call + reply-and-wait, 6 words in registers, to another task (user stubs included)");

        if (LocalEchoSlot == 0) LocalEchoSlot = StartLocalEcho();
        Warm(LocalEchoSlot);
        RoundTrips(LocalEchoSlot, iterations, "ipc.roundtrip.intra-as", "ipc.oneway.intra-as", "bench.ipc.roundtrip.intra-as.replies",
            "call + reply-and-wait, 6 words in registers, to a thread of the same task (user stubs included)");

        StringRoundTrips(echo.Slot, iterations);
        Peers.Destroy(echo);

        ulong cr3 = Kdb.Query(KdbOp.Floor);
        ulong floor = 2 * nullCall + cr3;
        s_samples[0] = floor;
        Kdb.Bench("floor.roundtrip", s_samples, 1, "2 x syscall.null + CR3 switch and back, measured in this boot");
        s_samples[0] = roundTrip * 100 / floor;
        Kdb.Bench("ipc.roundtrip.percent-of-floor", s_samples, 1, "ipc.roundtrip.inter-as as a percentage of floor.roundtrip (this boot)");
    }

    private static ulong StartLocalEcho()
    {
        Kernel.CreateThread(&IpcChecks.LocalEcho, 0, PagePool.TakeStack(), 100, out ulong slot);
        return slot;
    }

    private static ulong NullSystemCall(int iterations)
    {
        for (int i = 0; i < iterations; i++)
        {
            ulong start = Tsc.Open();
            Kernel.Null();
            s_samples[i] = Tsc.Close() - start - s_overhead;
        }
        return Report("syscall.null", iterations, "ring3->ring0->ring3 through l4_syscall_entry (fast path's null branch), minimal user stub");
    }

    private static void Warm(ulong slot)
    {
        for (int i = 0; i < 8; i++)
        {
            Message m = default;
            Ipc.Call(ref m, slot);
        }
    }

    // The echo answers MR0 + 1. The call's status is not kept: holding it across the counter
    // read would add a move inside the window; a call that failed leaves MR0 as it was sent.
    private static ulong RoundTrips(ulong slot, int iterations, string roundTripName, string oneWayName, string repliesName, string what)
    {
        ulong perturb = KernelCommandLine.Words.Breaks(repliesName) ? 1UL : 0;
        ulong wrong = 0;
        Message m = default;
        for (int i = 0; i < iterations; i++)
        {
            m.Mr0 = (ulong)i;
            ulong start = Tsc.Open();
            Ipc.Call(ref m, slot);
            ulong end = Tsc.Close();
            s_samples[i] = end - start - s_overhead;
            s_oneWay[i] = m.Mr1 - start - s_overhead;
            if (m.Mr0 + perturb != (ulong)i + 1) wrong++;
        }
        Kdb.Check(repliesName, wrong == 0, "wrong", wrong);
        ulong roundTrip = Report(roundTripName, iterations, what);
        for (int i = 0; i < iterations; i++) s_samples[i] = s_oneWay[i];
        Report(oneWayName, iterations, "one call, 6 words in registers, from the caller's rdtsc to the receiver's");
        return roundTrip;
    }

    private static void StringRoundTrips(ulong slot, int iterations)
    {
        ulong page = PagePool.Take(1);
        ulong sum = 0;
        for (int i = 0; i < 1024; i++)
        {
            ((byte*)page)[i] = (byte)i;
            sum += (byte)i;
        }
        ulong perturb = KernelCommandLine.Words.Breaks("bench.ipc.string-1k.roundtrip.replies") ? 1UL : 0;
        ulong wrong = 0;
        Message m = default;
        for (int i = 0; i < iterations; i++)
        {
            m.SendString = page;
            m.SendLength = 1024;
            m.Mr2 = 0;
            ulong start = Tsc.Open();
            Ipc.Call(ref m, slot, Op.StringItem);
            s_samples[i] = Tsc.Close() - start - s_overhead;
            if (m.Mr2 + perturb != sum) wrong++;        // the echo answers the byte sum of the string it received
        }
        Kdb.Check("bench.ipc.string-1k.roundtrip.replies", wrong == 0, "wrong", wrong);
        Report("ipc.string-1k.roundtrip", iterations, "call with a 1 KiB string copied by the kernel, short reply");
    }

    // The kernel summarises its copy; the median is wanted here too (floor.roundtrip's percentage).
    private static ulong Report(string name, int count, string what)
    {
        ulong median = Summary.MedianOf(s_samples, count);
        Kdb.Bench(name, s_samples, count, what);
        return median;
    }
}
