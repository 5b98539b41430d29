// Direct port I/O for IDriverEnv implementations whose drivers may execute in/out
// themselves (ring 0, or ring 3 with the ports opened in the TSS I/O bitmap). An
// environment that must check each access (Singularity's HAL objects) does not use this.
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Drivers.Environment;

public static unsafe class PortInstructions
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "drv_inb")] public static extern byte In8(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "drv_inw")] public static extern ushort In16(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "drv_inl")] public static extern uint In32(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "drv_outb")] public static extern void Out8(ushort port, byte value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "drv_outw")] public static extern void Out16(ushort port, ushort value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "drv_outl")] public static extern void Out32(ushort port, uint value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "drv_insw")] public static extern void In16String(ushort port, void* destination, int words);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "drv_outsw")] public static extern void Out16String(ushort port, void* source, int words);
}
