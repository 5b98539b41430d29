// IDriverEnv for a driver in a monolithic kernel: ports are the CPU's instructions (ring 0),
// everything else is a call into the kernel through its service table, which with
// isolation on leads to a wrapper that leaves the driver's protection domain.
using System.Runtime;
using System.Runtime.CompilerServices;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;

namespace NooksStyle.Drivers.Image;

public unsafe struct NooksDriverEnv : IDriverEnv
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nk_inb")] private static extern byte InB(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nk_inw")] private static extern ushort InW(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nk_inl")] private static extern uint InL(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nk_outb")] private static extern void OutB(ushort port, byte value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nk_outw")] private static extern void OutW(ushort port, ushort value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nk_outl")] private static extern void OutL(ushort port, uint value);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nk_insw")] private static extern void InsW(ushort port, void* destination, int words);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nk_outsw")] private static extern void OutsW(ushort port, void* source, int words);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nk_rdtsc")] private static extern ulong Rdtsc();

    public byte In8(ushort port) => InB(port);
    public ushort In16(ushort port) => InW(port);
    public uint In32(ushort port) => InL(port);
    public void Out8(ushort port, byte value) => OutB(port, value);
    public void Out16(ushort port, ushort value) => OutW(port, value);
    public void Out32(ushort port, uint value) => OutL(port, value);
    public void In16String(ushort port, void* destination, int words) => InsW(port, destination, words);
    public void Out16String(ushort port, void* source, int words) => OutsW(port, source, words);

    public DmaBuffer AllocateDma(uint bytes)
    {
        DmaBuffer buffer;
        DriverRuntime.Services->AllocateDma(bytes, &buffer);
        return buffer;
    }

    public bool WaitForInterrupt(int irq, ulong timeoutTicks) => DriverRuntime.Services->WaitForInterrupt(irq, timeoutTicks) != 0;

    public ulong Clock() => Rdtsc();

    public void Log(string what, ulong value)
    {
        fixed (char* text = what) DriverRuntime.Services->Log(text, what.Length, value);
    }

    public FaultPlan FaultPlan => DriverRuntime.Plan;
}
