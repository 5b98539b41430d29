// IDriverEnv for a driver in an l4-style task: ports are plain in/out instructions (the
// kernel opened them in the TSS I/O bitmap), an interrupt is a message from the line
// (a receive from Op.IrqSource, with a tick timeout), DMA memory is the region the manager
// mapped with its physical address, logs and the clock are the kernel's debug calls.
using System.Runtime;
using System.Runtime.CompilerServices;
using L4.Abi;
using L4.User;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;

namespace L4.Drivers;

public unsafe struct L4DriverEnv : IDriverEnv
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4d_inb")] private static extern byte InB(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4d_inw")] private static extern ushort InW(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4d_inl")] private static extern uint InL(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4d_outb")] private static extern void OutB(ushort port, byte value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4d_outw")] private static extern void OutW(ushort port, ushort value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4d_outl")] private static extern void OutL(ushort port, uint value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4d_insw")] private static extern void InsW(ushort port, void* destination, int words);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4d_outsw")] private static extern void OutsW(ushort port, void* source, int words);

    public byte In8(ushort port) => InB(port);
    public ushort In16(ushort port) => InW(port);
    public uint In32(ushort port) => InL(port);
    public void Out8(ushort port, byte value) => OutB(port, value);
    public void Out16(ushort port, ushort value) => OutW(port, value);
    public void Out32(ushort port, uint value) => OutL(port, value);
    public void In16String(ushort port, void* destination, int words) => InsW(port, destination, words);
    public void Out16String(ushort port, void* source, int words) => OutsW(port, source, words);

    public DmaBuffer AllocateDma(uint bytes) => DriverHost.AllocateDma(bytes);

    public bool WaitForInterrupt(int irq, ulong timeoutTicks) => DriverHost.WaitForInterrupt(irq, timeoutTicks);

    public ulong Clock() => Kernel.ReadTsc();

    public void Log(string what, ulong value) => Kdb.Event("driver-log", what, value);

    public FaultPlan FaultPlan => DriverHost.Plan;
}
