// The CPU instructions C# cannot express, as direct calls to cpu_primitives.S. (Port
// I/O is common/guest's PortInstructions; the time stamp counter its Tsc.)
using System.Runtime;
using System.Runtime.CompilerServices;
using Testbed.Guest.Measure;

namespace Testbed.Hal;

public static unsafe class Cpu
{

    /// <summary>Time stamp counter: retired instructions under TCG icount, cycles under KVM (common/guest Tsc, inlined to its direct call).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ulong ReadTsc() => Tsc.Read();

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_read_cr0")] public static extern ulong ReadCr0();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_read_cr2")] public static extern ulong ReadCr2();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_read_cr3")] public static extern ulong ReadCr3();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_read_cr4")] public static extern ulong ReadCr4();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_write_cr3")] public static extern void WriteCr3(ulong value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_write_cr4")] public static extern void WriteCr4(ulong value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdmsr")] public static extern ulong ReadMsr(uint msr);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_wrmsr")] public static extern void WriteMsr(uint msr, ulong value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_lidt")] public static extern void LoadIdt(void* pointer);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_ltr")] public static extern void LoadTaskRegister(ushort selector);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_invlpg")] public static extern void InvalidatePage(ulong address);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_cli")] public static extern void DisableInterrupts();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_sti")] public static extern void EnableInterrupts();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_hlt")] public static extern void Halt();
    /// <summary>Enable interrupts and halt until one arrives, without a window to miss it.</summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_sti_hlt")] public static extern void WaitForInterrupt();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_read_rflags")] public static extern ulong ReadFlags();

    public static bool InterruptsEnabled => (ReadFlags() & 0x200) != 0;
}
