// The echo client. Each mode is one experiment the kernel runs and checks; results travel
// to the kernel's report through the ABI (Sip.Check, Sip.Bench).
using System.Runtime;
using Contracts;
using Singularity.Abi;
using Singularity.Processes.SipLibrary;

namespace Singularity.Processes.EchoClient;

public static class EchoClientMain
{
    private const int PayloadBytes = 64;
    private static long s_wrong, s_perturbRoundTrip, s_perturbAsync;     // the benchmark's reply checks (Benchmark)

    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument)
    {
        long mode = EchoArgument.Mode(argument);
        if (mode == ClientMode.Undeclared) return Undeclared();
        Echo.Imp channel = Connect();
        if (channel == null) return 2;
        switch (mode)
        {
            case ClientMode.Functional: return Functional(channel);
            case ClientMode.Benchmark: return Benchmark(channel, (int)EchoArgument.Count(argument), EchoArgument.High(argument));
            case ClientMode.TouchSentBlock: return TouchSentBlock(channel);
            case ClientMode.StaleState: return StaleState(channel);
            case ClientMode.Workload: return Workload(channel, EchoArgument.Count(argument), EchoArgument.High(argument));
            case ClientMode.PingPong: return PingPong(channel, EchoArgument.Count(argument));
        }
        return 1;
    }

    // The service may be starting or restarting: its path appears when it registers.
    private static Echo.Imp Connect()
    {
        for (int attempt = 0; attempt < 5_000; attempt++)
        {
            Echo.Imp channel = Echo.Imp.Connect("/dev/echo");
            if (channel != null) return channel;
            Sip.Sleep(1);       // the service is (re)starting
        }
        return null;
    }

    private static ExBlock Pattern(long seq)
    {
        ExBlock block = ExBlock.Allocate(PayloadBytes);
        for (int i = 0; i < PayloadBytes; i++) block[i] = (byte)(seq * 7 + i);
        return block;
    }

    private static long Checksum(long seq)
    {
        long checksum = 0;
        for (int i = 0; i < PayloadBytes; i++) checksum = checksum * 31 + (byte)(seq * 7 + i);
        return checksum;
    }

    // 1 when the reply carries the complemented pattern, 0 when it is wrong.
    private static bool ReplyIsIntact(long seq, ExBlock data)
    {
        if (data.IsNone || !data.IsOwned || data.Length != PayloadBytes) return false;
        for (int i = 0; i < PayloadBytes; i++)
            if (data[i] != (byte)~(byte)(seq * 7 + i)) return false;
        return true;
    }

    private static long Functional(Echo.Imp channel)
    {
        Echo.Imp.Ready ready = channel.Begin;
        Echo.Imp.PingedMessage pong = ready.SendPing(41).Receive();
        bool pongOk = pong.IsPong(out long x, out ready) && x == 42;
        Sip.Check("channel.ping-pong", pongOk, (ulong)x);

        ExBlock data = Pattern(1);
        bool ownedBefore = data.IsOwned;
        Echo.Imp.Working working = ready.SendRequest(1, data);
        bool ownedAfterSend = data.IsOwned;
        Echo.Imp.WorkingMessage reply = working.Receive();
        bool replied = reply.IsReply(out long seq, out long checksum, out ExBlock back, out ready);
        Sip.Check("exchange.ownership-transfer", ownedBefore && !ownedAfterSend && replied && back.IsOwned, (ulong)seq);
        Sip.Check("exchange.payload-intact", replied && seq == 1 && checksum == Checksum(1) && ReplyIsIntact(1, back), (ulong)checksum);
        back.Free();
        channel.Close();
        return 0;
    }

    // Each round trip's Pong is checked after the sample's second counter read, from the
    // endpoint's copy of the last message (LastReceivedA0: using IsPong's out value would
    // keep it live and add instructions between the reads), so that a fast failing path
    // cannot pass for a fast round trip: bench.<name>.replies. A reply that is not a Pong
    // leaves the last answer, i, in place. The count and the breaks are statics, not locals:
    // more live values would push the loop's registers onto the stack, inside the window
    // too (the figures are exact and showed it). The null call returns nothing to check. Bits of `breaks` (BenchBreak, the kernel's selftest-break=) read every reply
    // of that bench off by one.
    private static long Benchmark(Echo.Imp channel, int count, long breaks)
    {
        s_perturbRoundTrip = (breaks & BenchBreak.RoundTrip) != 0 ? 1 : 0;
        s_perturbAsync = (breaks & BenchBreak.RoundTripAsync) != 0 ? 1 : 0;
        ulong[] samples = new ulong[count];
        ulong overhead = Sip.TscOverhead();
        for (int i = 0; i < count; i++)
        {
            ulong start = Sip.OpenTsc();
            Sip.NullCall();
            samples[i] = Sip.CloseTsc() - start - overhead;
        }
        Sip.Bench("abi.null", samples, count, "minimum kernel API call from a SIP: a direct call through the ABI table, rdtsc cost subtracted");

        s_wrong = 0;
        Echo.Imp.Ready ready = channel.Begin;
        for (int i = 0; i < count; i++)
        {
            ulong start = Sip.OpenTsc();
            ready.SendPingAndReceive(i).IsPong(out long x, out ready);
            samples[i] = Sip.CloseTsc() - start - overhead;
            if (channel.LastReceivedA0 + s_perturbRoundTrip != i + 1) s_wrong++;
        }
        Sip.Check("bench.channel.roundtrip.replies", s_wrong == 0, (ulong)s_wrong);
        Sip.Bench("channel.roundtrip", samples, count, "Ping/Pong request and reply between two SIPs: send-and-receive and the service's reply-and-wait (contract-checked, two thread switches, the assembly fast path), rdtsc cost subtracted");

        s_wrong = 0;
        for (int i = 0; i < count; i++)
        {
            ulong start = Sip.OpenTsc();
            ready.SendPing(i).Receive().IsPong(out long x, out ready);
            samples[i] = Sip.CloseTsc() - start - overhead;
            if (channel.LastReceivedA0 + s_perturbAsync != i + 1) s_wrong++;
        }
        Sip.Check("bench.channel.roundtrip-async.replies", s_wrong == 0, (ulong)s_wrong);
        Sip.Bench("channel.roundtrip-async", samples, count, "the same with the client's asynchronous send and a separate receive (the C# path through the scheduler on the client's side), rdtsc cost subtracted");
        channel.Close();
        return 0;
    }

    // Round trips alternating send-and-receive and the asynchronous pair; 0 if every answer was x + 1.
    private static long PingPong(Echo.Imp channel, long count)
    {
        Echo.Imp.Ready ready = channel.Begin;
        long wrong = 0;
        for (long i = 0; i < count; i++)
        {
            Echo.Imp.PingedMessage answer;
            if ((i & 1) == 0) answer = ready.SendPingAndReceive(i);
            else answer = ready.SendPing(i).Receive();
            if (!answer.IsPong(out long x, out ready) || x != i + 1) wrong++;
        }
        channel.Close();
        return wrong == 0 ? 0 : 1;
    }

    private static long TouchSentBlock(Echo.Imp channel)
    {
        ExBlock data = Pattern(3);
        channel.Begin.SendRequest(3, data);
        data[0] = 0xFF;                 // no longer ours: the trusted library refuses, the SIP dies here
        return 1;
    }

    // The same consumed state used twice, out of the analyzer's sight (two calls of a helper):
    // the generated endpoint's generation check refuses the second send at run time.
    private static long StaleState(Echo.Imp channel)
    {
        Echo.Imp.Ready ready = channel.Begin;
        Ping(ready, 1);
        Ping(ready, 2);                 // the Ready state was consumed by the first send
        return 1;
    }

    private static void Ping(Echo.Imp.Ready state, long x) => state.SendPing(x);

    // The retries must be exactly what the kernel's fault plan forces (expectedRetries, 0
    // without a fault): one more means a request failed that should not have.
    private static long Workload(Echo.Imp channel, long requests, long expectedRetries)
    {
        long corrupted = 0, retries = 0, done = 0;
        bool recoveryReported = false;
        Echo.Imp.Ready ready = channel.Begin;
        for (long seq = 1; seq <= requests; seq++)
        {
            while (true)
            {
                Echo.Imp.WorkingMessage reply = ready.SendRequestAndReceive(seq, Pattern(seq));
                if (reply.IsReply(out long gotSeq, out long checksum, out ExBlock back, out Echo.Imp.Ready next) && gotSeq == seq && !back.IsNone)
                {
                    // The first reply after the service failed ends its recovery (docs/recovery.md).
                    if (retries > 0 && !recoveryReported)
                    {
                        Sip.RecoveryReplyNow();
                        recoveryReported = true;
                    }
                    if (checksum != Checksum(seq) || !ReplyIsIntact(seq, back)) corrupted++;
                    back.Free();
                    ready = next;
                    done++;
                    break;
                }
                // The service failed (channel closed, or a reply that is not ours): reconnect and retry.
                if (!back.IsNone && back.IsOwned) back.Free();
                retries++;
                channel.Close();
                channel = Connect();
                if (channel == null) return 2;
                ready = channel.Begin;
            }
        }
        Sip.Check("echo.workload.completed", done == requests, (ulong)done);
        Sip.Check("echo.workload.no-corruption", corrupted == 0, (ulong)corrupted);
        Sip.Check("echo.workload.retries", retries == expectedRetries, (ulong)retries);
        channel.Close();
        return 0;
    }

    private static long Undeclared()
    {
        Sip.Check("manifest.undeclared-import-refused", Echo.Imp.Connect("/dev/undeclared") == null, 0);
        Sip.Check("manifest.undeclared-ports-refused", IoPorts.Claim(0x3F8, 8) == null, 0);
        return 0;
    }
}
