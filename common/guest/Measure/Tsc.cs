// The time stamp counter as a direct call to tb_rdtsc (tsc.S): retired instructions under
// TCG icount, cycles under KVM. Readable in ring 3 while CR4.TSD is clear (Intel SDM vol. 3B,
// "Time-Stamp Counter"). Bench loops read it on their hot path: keep it a direct
// call (RuntimeImport, no P/Invoke frame; docs/bare-metal-notes.md).
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Guest.Measure;

public static class Tsc
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdtsc")]
    public static extern ulong Read();
}
