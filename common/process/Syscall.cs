// The syscall instruction, as a direct call (no P/Invoke frame: three instructions).
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Process;

public static class Syscall
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_syscall")]
    public static extern ulong Invoke(ulong number, ulong a1 = 0, ulong a2 = 0, ulong a3 = 0, ulong a4 = 0, ulong a5 = 0);

    /// <summary>The time stamp counter, readable in ring 3 (CR4.TSD is clear): common/guest's Tsc, inlined to its direct call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ReadTsc() => Testbed.Guest.Measure.Tsc.Read();
}
