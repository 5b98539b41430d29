namespace Testbed.Host;

/// <summary>
/// Pins the calling thread to one CPU (sched_setaffinity with pid 0) and gives the mask back.
/// The round trips and the thread switch run both ends on one CPU, as on the papers'
/// single-CPU machines: each hand-over is a context switch, not a wake-up on another CPU.
/// </summary>
internal static unsafe class CpuPin
{
    public static ulong CurrentMask()
    {
        ulong mask = 0;
        Libc.SchedGetAffinity(0, sizeof(ulong), &mask);
        return mask;
    }

    public static void To(int cpu) => Set(1ul << cpu);

    public static void Set(ulong mask) => Libc.SchedSetAffinity(0, sizeof(ulong), &mask);

    /// <summary>Pins once per thread: BenchmarkDotNet may set up on one thread and measure on another.</summary>
    public sealed class Lazy(int cpu)
    {
        public int Cpu { get; } = cpu;
        int _thread = -1;

        public void Ensure()
        {
            if (_thread == Environment.CurrentManagedThreadId)
                return;
            To(Cpu);
            _thread = Environment.CurrentManagedThreadId;
        }
    }
}
