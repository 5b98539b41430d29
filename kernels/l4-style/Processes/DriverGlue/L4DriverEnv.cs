// IDriverEnv for a driver in an l4-style task: ports are plain in/out instructions
// (common/drivers PortInstructions; the kernel opened them in the TSS I/O bitmap), an interrupt is a message from the line
// (a receive from Op.IrqSource, with a tick timeout), DMA memory is the region the manager
// mapped with its physical address, logs and the clock are the kernel's debug calls.
using System.Runtime;
using System.Runtime.CompilerServices;
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;

namespace L4Style.Processes.DriverGlue;

public unsafe struct L4DriverEnv : IDriverEnv
{
    public byte In8(ushort port) => PortInstructions.In8(port);
    public ushort In16(ushort port) => PortInstructions.In16(port);
    public uint In32(ushort port) => PortInstructions.In32(port);
    public void Out8(ushort port, byte value) => PortInstructions.Out8(port, value);
    public void Out16(ushort port, ushort value) => PortInstructions.Out16(port, value);
    public void Out32(ushort port, uint value) => PortInstructions.Out32(port, value);
    public void In16String(ushort port, void* destination, int words) => PortInstructions.In16String(port, destination, words);
    public void Out16String(ushort port, void* source, int words) => PortInstructions.Out16String(port, source, words);

    public DmaBuffer AllocateDma(uint bytes) => DriverHost.AllocateDma(bytes);

    public bool WaitForInterrupt(int irq, ulong timeoutTicks) => DriverHost.WaitForInterrupt(irq, timeoutTicks);

    public ulong Clock() => Kernel.ReadTsc();

    public void Log(string what, ulong value) => Kdb.Event("driver-log", what, value);

    public FaultPlan FaultPlan => DriverHost.Plan;

    public void FaultCommitting(in FaultPlan plan)
        => Kdb.FaultPlan((ulong)plan.Target, (ulong)plan.Kind, plan.AtRequest, (ulong)FaultPlanState.Committed);
}
