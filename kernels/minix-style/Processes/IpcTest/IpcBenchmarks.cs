// The IPC benchmarks, measured in ring 3 between two TSC reads (instructions under TCG
// icount), the cost of the reads subtracted: the null kernel call and the sendrec round
// trip to PM (request copied into PM, PM's reply copied back: two kernel copies), and a
// notification to PM answered by one.
using Testbed.Process;

namespace MinixStyle.Processes.IpcTest;

public static unsafe class IpcBenchmarks
{
    public static void Run(Message* m, int iterations)
    {
        ulong[] samples = new ulong[iterations];
        ulong overhead = TscReadCost.Measure();

        NullCalls(m, samples, iterations, overhead);
        Diag.Bench(BenchId.KernelCallNull, samples, iterations);
        Diag.KernelCallsInTrap(true);
        NullCalls(m, samples, iterations, overhead);
        Diag.KernelCallsInTrap(false);
        Diag.Bench(BenchId.KernelCallNullInTrap, samples, iterations);

        for (int i = 0; i < iterations; i++)
        {
            m->Type = PmRequest.Null;
            ulong start = Tsc.Open();
            Ipc.SendRec(Endpoint.Pm, m);
            samples[i] = Tsc.Close() - start - overhead;
        }
        Diag.Bench(BenchId.SendRec, samples, iterations);

        for (int i = 0; i < iterations; i++)
        {
            ulong start = Tsc.Open();
            Ipc.Notify(Endpoint.Pm);
            Ipc.Receive(Endpoint.Pm, m);
            samples[i] = Tsc.Close() - start - overhead;
        }
        Diag.Bench(BenchId.NotifyRoundtrip, samples, iterations);
    }

    private static void NullCalls(Message* m, ulong[] samples, int iterations, ulong overhead)
    {
        for (int i = 0; i < iterations; i++)
        {
            m->Type = KernelCallNumber.Null;
            ulong start = Tsc.Open();
            Ipc.KernelCall(m);
            samples[i] = Tsc.Close() - start - overhead;
        }
    }
}
