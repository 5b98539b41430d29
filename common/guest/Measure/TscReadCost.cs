// What reading the time stamp counter twice costs by itself, to subtract from a
// measurement taken between two reads (instructions under icount, cycles under KVM).
// The same code in every ring, so that every kernel subtracts the same thing. Inlined
// into its caller, as each kernel's own copy of this loop was: a process image keeps
// its size, so create/start figures (the loader copies every file byte) do not move.
// The pairs are Open and Calibrate: the cycle model subtracts the last such pair, in
// modelled cycles, from every window, as the kernels subtract this in instructions.
using System.Runtime.CompilerServices;

namespace Testbed.Guest.Measure;

public static class TscReadCost
{
    /// <summary>The smallest of 16 back-to-back read pairs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Measure()
    {
        ulong best = ulong.MaxValue;
        for (int i = 0; i < 16; i++)
        {
            ulong a = Tsc.Open();
            ulong b = Tsc.Calibrate();
            if (b - a < best) best = b - a;
        }
        return best;
    }
}
