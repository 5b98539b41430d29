using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Testbed.Host;

/// <summary>
/// The time-stamp counter's frequency, measured: rdtsc (a 10-byte stub in an executable
/// page, .NET has no intrinsic for it) read at the start and end of 200 ms of the monotonic
/// clock (Stopwatch), five times, the median kept. Cycles in host.csv are these TSC
/// cycles: reference cycles at the TSC's constant rate, not core clock cycles.
/// </summary>
internal static unsafe class TscClock
{
    // rdtsc; shl rdx, 32; or rax, rdx; ret
    static readonly byte[] Stub = [0x0F, 0x31, 0x48, 0xC1, 0xE2, 0x20, 0x48, 0x09, 0xD0, 0xC3];

    public static double MeasureGhz(TimeSpan window)
    {
        var page = Libc.Mmap(0, 4096, 7, 0x22, -1, 0);   // PROT_READ|WRITE|EXEC, MAP_PRIVATE|ANONYMOUS
        if (page == -1)
            throw new InvalidOperationException("mmap of an executable page failed: cannot read the TSC");
        Marshal.Copy(Stub, 0, page, Stub.Length);
        var rdtsc = (delegate* unmanaged<ulong>)page;
        var samples = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var (t0, c0) = (Stopwatch.GetTimestamp(), rdtsc());
            Thread.Sleep(window);
            var (c1, t1) = (rdtsc(), Stopwatch.GetTimestamp());
            var seconds = (t1 - t0) / (double)Stopwatch.Frequency;
            samples.Add((c1 - c0) / seconds / 1e9);
        }
        samples.Sort();
        return samples[samples.Count / 2];
    }

    /// <summary>The CPU's model name from /proc/cpuinfo, and whether it states a constant, non-stop TSC.</summary>
    public static (string Model, bool Invariant) Cpu()
    {
        var lines = File.Exists("/proc/cpuinfo") ? File.ReadAllLines("/proc/cpuinfo") : [];
        string Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "";
        var flags = Field("flags").Split(' ');
        return (Field("model name") is { Length: > 0 } model ? model : "unknown CPU",
            flags.Contains("constant_tsc") && flags.Contains("nonstop_tsc"));
    }
}
