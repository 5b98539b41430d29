// IDriverEnv for drivers that may execute port instructions themselves (common/guest's PortInstructions),
// over a personality's services for the rest: nooks-style in ring 0 (services through the
// kernel's table, Nooks wrappers with isolation on), l4-style in ring 3 (interrupts as IPC,
// the TSS I/O bitmap opened by the kernel). An environment that must check each access
// (Singularity's granted IoPorts) does not use this. Both type parameters are structs, so
// every call compiles to the instruction or to the service's direct call.
using Testbed.Drivers.Faults;
using Testbed.Guest.Ports;

namespace Testbed.Drivers.Environment;

public unsafe struct DirectPortEnv<TServices> : IDriverEnv where TServices : struct, IDirectPortServices
{
    public TServices Services;

    public byte In8(ushort port) => PortInstructions.In8(port);
    public ushort In16(ushort port) => PortInstructions.In16(port);
    public uint In32(ushort port) => PortInstructions.In32(port);
    public void Out8(ushort port, byte value) => PortInstructions.Out8(port, value);
    public void Out16(ushort port, ushort value) => PortInstructions.Out16(port, value);
    public void Out32(ushort port, uint value) => PortInstructions.Out32(port, value);
    public void In16String(ushort port, void* destination, int words) => PortInstructions.In16String(port, destination, words);
    public void Out16String(ushort port, void* source, int words) => PortInstructions.Out16String(port, source, words);

    public DmaBuffer AllocateDma(uint bytes) => Services.AllocateDma(bytes);
    public bool WaitForInterrupt(int irq, ulong timeoutTicks) => Services.WaitForInterrupt(irq, timeoutTicks);
    public ulong Clock() => Services.Clock();
    public void Log(string what, ulong value) => Services.Log(what, value);
    public FaultPlan FaultPlan => Services.FaultPlan;
    public void FaultCommitting(in FaultPlan plan) => Services.FaultCommitting(plan);
}
