// The port instructions as direct calls (port_instructions.S): the HAL's devices, driver
// environments whose drivers may execute in/out themselves (ring 0, or ring 3 with the
// ports opened in the TSS I/O bitmap), and a SIP's IoPorts after its range check.
// Drivers reach ports on their hot path: a direct call each (RuntimeImport), nothing more.
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Guest.Ports;

public static unsafe class PortInstructions
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_inb")] public static extern byte In8(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_inw")] public static extern ushort In16(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_inl")] public static extern uint In32(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_outb")] public static extern void Out8(ushort port, byte value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_outw")] public static extern void Out16(ushort port, ushort value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_outl")] public static extern void Out32(ushort port, uint value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_insw")] public static extern void In16String(ushort port, void* destination, int words);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_outsw")] public static extern void Out16String(ushort port, void* source, int words);
}
