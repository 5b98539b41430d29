// What a driver in an l4-style task asks of its system beyond its ports (plain in/out:
// common/drivers DirectPortEnv; the kernel opened them in the TSS I/O bitmap): an interrupt
// is a message from the line (a receive from Op.IrqSource, with a tick timeout), DMA memory
// is the region the manager mapped with its physical address, logs and the clock are the
// kernel's debug calls.
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;

namespace L4Style.Processes.DriverGlue;

public unsafe struct L4DriverServices : IDirectPortServices
{
    public DmaBuffer AllocateDma(uint bytes) => DriverHost.AllocateDma(bytes);

    public bool WaitForInterrupt(int irq, ulong timeoutTicks) => DriverHost.WaitForInterrupt(irq, timeoutTicks);

    public ulong Clock() => Kernel.ReadTsc();

    public void Log(string what, ulong value) => Kdb.Event("driver-log", what, value);

    public FaultPlan FaultPlan => DriverHost.Plan;

    public void FaultCommitting(in FaultPlan plan)
        => Kdb.FaultPlan((ulong)plan.Target, (ulong)plan.Kind, plan.AtRequest, (ulong)FaultPlanState.Committed);
}
