// When the last CPU exception entered the kernel: the time stamp counter read by the HAL's
// dispatcher first thing for a vector below 32, before any handler runs. It is where every
// kernel's recovery time starts for a CPU fault (docs/recovery.md): the faulting instruction
// itself cannot be timed, and what comes before the read is the same in every kernel: the
// stub (interrupt_stubs.S: the error code and vector pushes, 15 register saves, fxsave; two
// more instructions where a kernel runs its handlers in other page tables, nooks-style with
// isolation on) and the dispatcher's prologue, about 45 instructions under icount.
// Interrupts are not stamped: their path is the device and IPC figures' fast path.
// The halted-time snapshot that goes with the stamp is IdleClock.Halted read by the handler:
// no halt can begin between a fault and its handler (the CPU was running the faulting
// instruction; exception and interrupt gates run with interrupts off), so it is the same.
namespace Testbed.Hal;

public static class FaultEntry
{
    /// <summary>The counter when the HAL dispatched the last CPU exception (vectors 0-31).</summary>
    public static ulong Tsc;
}
