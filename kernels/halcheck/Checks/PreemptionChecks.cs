// The timer takes the CPU away from threads that never yield, and each thread's SSE
// registers survive being switched out.

namespace Halcheck.Checks;

public static unsafe class PreemptionChecks
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "halcheck_xmm_spin")]
    private static extern int XmmSpin(ulong value, ulong iterations);

    private const uint PreemptHz = 10_000;
    private const ulong SpinIterations = 2_000_000;
    private static ulong[] s_results = new ulong[2];
    private static ulong[] s_startTick = new ulong[2];
    private static ulong[] s_endTick = new ulong[2];
    private static ulong s_ticksAtStart;

    public static void Run()
    {
        s_ticksAtStart = Pit.Ticks;
        Thread first = Thread.CreateKernel(&Spin, 0, &Scheduler.ExitCurrent);
        Thread second = Thread.CreateKernel(&Spin, 1, &Scheduler.ExitCurrent);
        Scheduler.Add(first);
        Scheduler.Add(second);
        Scheduler.StartPreemption(PreemptHz);
        Cpu.EnableInterrupts();
        Scheduler.Join(first);
        Scheduler.Join(second);
        Cpu.DisableInterrupts();
        Scheduler.StopPreemption();

        ulong ticks = Pit.Ticks - s_ticksAtStart;
        // Neither spinner ever yields, so the second can only have started before the first
        // finished if the timer took the CPU away from the first.
        bool interleaved = s_startTick[1] < s_endTick[0] && s_results[0] != 0 && s_results[1] != 0;
        Report.CheckValue("timer.preemption", ticks > 2 && interleaved, "ticks", ticks);
        Report.Check("sse.preserved-across-switches", s_results[0] == 1 && s_results[1] == 1);
    }

    private static void Spin(ulong index)
    {
        ulong pattern = 0x5555_0000_0000_0000UL + index * 0x1111_1111UL + 1;
        s_startTick[index] = Pit.Ticks;
        s_results[index] = XmmSpin(pattern, SpinIterations) == 1 ? 1UL : 2UL;
        s_endTick[index] = Pit.Ticks;
    }
}
