// halcheck's scheduler: a round-robin ring of threads, preempted by the PIT when
// preemption is on. Just enough policy to test the HAL's mechanisms; each personality
// has its own scheduler.

namespace Halcheck.Scheduling;

public static unsafe class Scheduler
{
    private static Thread[] s_threads = new Thread[16];
    private static int s_count;
    private static int s_cursor;

    public static void Initialize()
    {
        s_threads[0] = Thread.Current;
        s_count = 1;
    }

    public static void Add(Thread thread)
    {
        for (int i = 0; i < s_count; i++)
        {
            if (s_threads[i].State == ThreadState.Dead)
            {
                s_threads[i].ReleaseStack();
                s_threads[i] = thread;
                return;
            }
        }
        if (s_count == s_threads.Length) Panic.Halt("halcheck: too many threads");
        s_threads[s_count++] = thread;
    }

    /// <summary>Switches to the next ready thread, if any.</summary>
    public static void Yield()
    {
        for (int n = 1; n <= s_count; n++)
        {
            int index = (s_cursor + n) % s_count;
            Thread candidate = s_threads[index];
            if (candidate.State == ThreadState.Ready)
            {
                s_cursor = index;
                Thread.SwitchTo(candidate);
                return;
            }
        }
    }

    /// <summary>Ends the current thread for good.</summary>
    public static void ExitCurrent()
    {
        Thread.Current.State = ThreadState.Dead;
        Yield();
        Panic.Halt("halcheck: no thread left to run");
    }

    /// <summary>Runs other threads until <paramref name="thread"/> has ended.</summary>
    public static void Join(Thread thread)
    {
        while (thread.State != ThreadState.Dead) Yield();
    }

    public static void StartPreemption(uint hz) => Pit.StartPeriodic(hz, &OnTick);

    public static void StopPreemption() => Pit.Stop();

    private static void OnTick(InterruptFrame* frame) => Yield();
}
