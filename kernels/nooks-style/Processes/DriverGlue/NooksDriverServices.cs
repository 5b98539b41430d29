// What a driver in a monolithic kernel asks of the kernel beyond its ports (which are the
// CPU's instructions in ring 0: common/drivers DirectPortEnv): every call goes through the
// kernel's service table, which with isolation on leads to a wrapper that leaves the
// driver's protection domain (Nooks, Swift et al., SOSP 2003, §4.1).
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;

namespace NooksStyle.Processes.DriverGlue;

public unsafe struct NooksDriverServices : IDirectPortServices
{
    public DmaBuffer AllocateDma(uint bytes)
    {
        DmaBuffer buffer;
        DriverRuntime.Services->AllocateDma(bytes, &buffer);
        return buffer;
    }

    public bool WaitForInterrupt(int irq, ulong timeoutTicks) => DriverRuntime.Services->WaitForInterrupt(irq, timeoutTicks) != 0;

    public ulong Clock() => Testbed.Guest.Measure.Tsc.Read();

    public void Log(string what, ulong value)
    {
        fixed (char* text = what) DriverRuntime.Services->Log(text, what.Length, value);
    }

    public FaultPlan FaultPlan => DriverRuntime.Plan;

    public void FaultCommitting(in FaultPlan plan) => DriverRuntime.Services->FaultCommitting((uint)plan.Target, (uint)plan.Kind, plan.AtRequest);
}
