// IDriverEnv for a driver in a monolithic kernel: ports are the CPU's instructions (ring 0),
// everything else is a call into the kernel through its service table, which with
// isolation on leads to a wrapper that leaves the driver's protection domain.
using System.Runtime;
using System.Runtime.CompilerServices;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;

namespace NooksStyle.Processes.DriverGlue;

public unsafe struct NooksDriverEnv : IDriverEnv
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdtsc")] private static extern ulong Rdtsc();

    public byte In8(ushort port) => PortInstructions.In8(port);
    public ushort In16(ushort port) => PortInstructions.In16(port);
    public uint In32(ushort port) => PortInstructions.In32(port);
    public void Out8(ushort port, byte value) => PortInstructions.Out8(port, value);
    public void Out16(ushort port, ushort value) => PortInstructions.Out16(port, value);
    public void Out32(ushort port, uint value) => PortInstructions.Out32(port, value);
    public void In16String(ushort port, void* destination, int words) => PortInstructions.In16String(port, destination, words);
    public void Out16String(ushort port, void* source, int words) => PortInstructions.Out16String(port, source, words);

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

    public void FaultCommitting(in FaultPlan plan) => DriverRuntime.Services->FaultCommitting((uint)plan.Target, (uint)plan.Kind, plan.AtRequest);
}
