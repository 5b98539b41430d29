// The interrupt descriptor table: 256 interrupt gates, each pointing at its stub in
// interrupt_stubs.S (16 bytes apart). Interrupt gates clear IF, so handlers run with
// interrupts off. The double fault runs on its own stack (IST 1) so that a kernel stack
// overflow still reaches a panic instead of a triple fault.
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Testbed.Hal;

internal static unsafe class Idt
{
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct Pointer
    {
        public ushort Limit;
        public ulong Base;
    }

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_interrupt_stubs_address")] private static extern ulong StubsAddress();

    private const int StubSize = 16;

    internal static void Initialize()
    {
        ulong* table = (ulong*)KernelHeap.Allocate(256 * 16, 16);
        ulong stubs = StubsAddress();
        for (int vector = 0; vector < 256; vector++)
        {
            ulong handler = stubs + (ulong)(vector * StubSize);
            int ist = vector == Vectors.DoubleFault ? 1 : 0;
            // Breakpoints may be raised from ring 3 (int3); everything else is kernel-only.
            ulong dpl = vector == Vectors.Breakpoint ? 3UL : 0UL;
            table[vector * 2] = (handler & 0xFFFF) | ((ulong)Segments.KernelCode << 16) | ((ulong)ist << 32)
                | ((0x8EUL | (dpl << 5)) << 40) | (((handler >> 16) & 0xFFFF) << 48);
            table[vector * 2 + 1] = handler >> 32;
        }
        const int DoubleFaultStackSize = 16384;
        ulong stack = (ulong)KernelHeap.Allocate(DoubleFaultStackSize, 16);
        Tss.SetInterruptStack(1, stack + DoubleFaultStackSize);

        Pointer pointer;
        pointer.Limit = 256 * 16 - 1;
        pointer.Base = (ulong)table;
        Cpu.LoadIdt(&pointer);
    }
}
