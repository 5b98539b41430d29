// Halted time: the time stamp counter from a halt (sti; hlt) to the entry of the interrupt
// handler that ends it. Under TCG icount with sleep=off, a halt jumps the counter to the
// next timer or device event, which measures the host's device timing, not guest work, so
// measurements that span device waits subtract it. The handler's own work is not idle:
// every handler of an interrupt that can end a halt calls NoteInterrupt first (IrqLines'
// does; a kernel's timer tick does), and a halt that ends without one is not counted.
// (Intel SDM vol. 2A, HLT: execution resumes after an interrupt; vol. 3A, "Interrupt and
// exception handling": STI delays interrupts by one instruction, so none is missed.)
using System.Runtime.CompilerServices;

namespace Testbed.Hal;

public static class IdleClock
{
    private static ulong s_haltedAt;
    private static bool s_halted;

    /// <summary>Counter ticks spent halted since boot (the one definition every kernel reads).</summary>
    public static ulong Halted;

    /// <summary>Enables interrupts and halts until one arrives; returns with interrupts enabled. Inlined: the code around a driver's wait is counted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void HaltUntilInterrupt()
    {
        s_haltedAt = Testbed.Guest.Measure.Tsc.HaltBegins();     // the reads mark the period for the cycle model (Tsc.cs)
        s_halted = true;
        Cpu.WaitForInterrupt();
        s_halted = false;
    }

    /// <summary>First thing in an interrupt handler: ends the halted period that this interrupt ended, if any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NoteInterrupt()
    {
        if (!s_halted) return;
        Halted += Testbed.Guest.Measure.Tsc.HaltEnds() - s_haltedAt;
        s_halted = false;
    }
}
