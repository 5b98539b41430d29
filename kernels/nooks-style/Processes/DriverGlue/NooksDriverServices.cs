// What a driver in a monolithic kernel asks of the kernel beyond its ports (which are the
// CPU's instructions in ring 0: common/drivers DirectPortEnv): every call goes through the
// kernel's service table, which with isolation on leads to a wrapper that leaves the
// driver's protection domain (Nooks, Swift et al., SOSP 2003, §4.1).
using System.Runtime;
using System.Runtime.CompilerServices;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;

namespace NooksStyle.Processes.DriverGlue;

public unsafe struct NooksDriverServices : IDirectPortServices
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdtsc")] private static extern ulong Rdtsc();

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
