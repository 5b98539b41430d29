// The hardware floor: what every hardware-isolated personality pays at least, measured
// with the time stamp counter (retired instructions under TCG icount, cycles under KVM).
//   syscall.null        ring 3 -> ring 0 -> ring 3, measured in ring 3 (halcheck-user)
//   address-space.switch  two CR3 writes: into another space and back
//   interrupt.timer     timer interrupt entry, a minimal handler and exit, seen as the gap
//                       it leaves in a thread that reads the counter in a tight loop
//   thread.switch       one kernel thread to another (tb_context_switch and its C# wrapper)
// The cost of reading the counter itself is measured and subtracted in each. What each
// sample stands for is checked after the loops (bench.<name>.replies): every timer gap had a
// tick behind it (the PIT's tick count), every switch reached the responder (its sample
// count). The null call and the CR3 writes return nothing to check.
// `selftest-break=bench.<name>.replies` reads that count one short.
using Testbed.Guest.Measure;

namespace Halcheck.Benchmarks;

public static unsafe class FloorBenchmarks
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "halcheck_timer_gaps")]
    private static extern ulong TimerGaps(ulong* gaps, ulong count, ulong* loopCost);

    private static ulong[] s_samples;
    private static ulong s_switchStart;
    private static int s_switchIndex;
    private static Thread s_pingThread;
    private static Thread s_mainThread;

    public static void Run(int iterations)
    {
        s_samples = new ulong[iterations];
        ulong overhead = TscReadCost.Measure();
        NullSystemCall();
        AddressSpaceSwitch(iterations, overhead);
        TimerInterrupt(iterations);
        ThreadSwitch(iterations, overhead);
    }


    // Samples were taken by the user process during UserModeChecks (work mode).
    private static void NullSystemCall()
    {
        int count = (int)UserProcesses.Records[HalcheckCalls.SlotSampleCount];
        if (count > s_samples.Length) count = s_samples.Length;
        for (int i = 0; i < count; i++) s_samples[i] = UserProcesses.Records[HalcheckCalls.FirstSample + i];
        Report.Bench("syscall.null", Summary.Of(s_samples, count), "ring3->ring0->ring3 round trip, rdtsc cost subtracted");
    }

    private static void AddressSpaceSwitch(int iterations, ulong overhead)
    {
        AddressSpace other = AddressSpace.Create();
        ulong home = AddressSpace.Kernel.Root;
        for (int i = 0; i < iterations; i++)
        {
            ulong start = Tsc.Open();
            Cpu.WriteCr3(other.Root);
            Cpu.WriteCr3(home);
            s_samples[i] = Tsc.Close() - start - overhead;
        }
        other.Destroy();
        Report.Bench("address-space.switch", Summary.Of(s_samples, iterations), "CR3 write to another space and back");
    }

    private static void TimerInterrupt(int iterations)
    {
        ulong loopCost;
        ulong ticksBefore = Pit.Ticks;
        Pit.StartPeriodic(20_000, null);
        ulong count;
        fixed (ulong* gaps = s_samples)
        {
            Cpu.EnableInterrupts();
            count = TimerGaps(gaps, (ulong)iterations, &loopCost);
            Cpu.DisableInterrupts();
        }
        Pit.Stop();
        // A gap without a tick would be something else's (an interrupt not the timer's, the emulator).
        ulong ticks = Pit.Ticks - ticksBefore - (SelfTestInputs.Broken("bench.interrupt.timer.replies") ? count : 0);
        Report.CheckValue("bench.interrupt.timer.replies", count == (ulong)iterations && ticks >= count, "ticks", ticks);
        for (ulong i = 0; i < count; i++) s_samples[i] -= loopCost;
        Report.Bench("interrupt.timer", Summary.Of(s_samples, (int)count), "PIT interrupt entry, tick handler, exit (incl. EOI)");
    }

    private static void ThreadSwitch(int iterations, ulong overhead)
    {
        s_mainThread = Thread.Current;
        s_switchIndex = 0;
        s_pingThread = Thread.CreateKernel(&Responder, (ulong)iterations, &Scheduler.ExitCurrent);
        for (int i = 0; i < iterations; i++)
        {
            s_switchStart = Tsc.Open();
            Thread.SwitchTo(s_pingThread);
        }
        Thread.SwitchTo(s_pingThread);   // let it finish
        int answered = s_switchIndex - (SelfTestInputs.Broken("bench.thread.switch.replies") ? 1 : 0);
        Report.CheckValue("bench.thread.switch.replies", answered == iterations, "answered", (ulong)answered);
        for (int i = 0; i < iterations; i++) s_samples[i] -= overhead;
        Report.Bench("thread.switch", Summary.Of(s_samples, iterations), "one kernel thread to another, FPU/SSE state included");
    }

    // Runs once per switch into it: the time from the switch call to here is one switch.
    private static void Responder(ulong iterations)
    {
        for (ulong i = 0; i < iterations; i++)
        {
            s_samples[s_switchIndex++] = Tsc.Close() - s_switchStart;
            Thread.SwitchTo(s_mainThread);
        }
        s_mainThread.State = ThreadState.Ready;
        s_pingThread.State = ThreadState.Dead;
        Thread.SwitchTo(s_mainThread);
    }
}
