// What reading the time stamp counter twice costs by itself, to subtract from a kernel
// measurement taken between two reads (instructions under icount, cycles under KVM).
namespace Testbed.Hal;

public static class TscReadCost
{
    /// <summary>The smallest of 16 back-to-back read pairs.</summary>
    public static ulong Measure()
    {
        ulong best = ulong.MaxValue;
        for (int i = 0; i < 16; i++)
        {
            ulong a = Cpu.ReadTsc();
            ulong b = Cpu.ReadTsc();
            if (b - a < best) best = b - a;
        }
        return best;
    }
}
