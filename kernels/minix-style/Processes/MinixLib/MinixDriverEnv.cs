// The shared drivers' environment in a minix-style ring-3 driver (common/drivers IDriverEnv):
// no port instruction of its own, every access a kernel call checked against the driver's
// port ranges (writes batched into SYS_VDEVIO by PortBatch, string I/O by SYS_SDEVIO),
// interrupts as notifications from HARDWARE, DMA memory by SYS_UMAP (DriverHost), the
// clock rdtsc (ring 3 may read it), the fault record through SYS_DIAGCTL.
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;
using Testbed.Process;

namespace MinixStyle.Processes.MinixLib;

public unsafe struct MinixDriverEnv : IDriverEnv
{
    public byte In8(ushort port) => (byte)PortBatch.Read(port, DevIo.Byte);
    public ushort In16(ushort port) => (ushort)PortBatch.Read(port, DevIo.Word);
    public uint In32(ushort port) => PortBatch.Read(port, DevIo.DoubleWord);
    public void Out8(ushort port, byte value) => PortBatch.Write(port, DevIo.Byte, value);
    public void Out16(ushort port, ushort value) => PortBatch.Write(port, DevIo.Word, value);
    public void Out32(ushort port, uint value) => PortBatch.Write(port, DevIo.DoubleWord, value);

    public void In16String(ushort port, void* destination, int words)
    {
        PortBatch.Flush();
        Driver.String16(port, destination, (ulong)words, output: false);
    }

    public void Out16String(ushort port, void* source, int words)
    {
        PortBatch.Flush();
        Driver.String16(port, source, (ulong)words, output: true);
    }

    public DmaBuffer AllocateDma(uint bytes) => DriverHost.AllocateDma(bytes);
    public bool WaitForInterrupt(int irq, ulong timeoutTicks) => DriverHost.WaitForInterrupt(irq, timeoutTicks);
    // A driver that reads the clock may be timing its device: what it wrote must have gone out.
    public ulong Clock()
    {
        PortBatch.Flush();
        return Syscall.ReadTsc();
    }
    public void Log(string what, ulong value) { }
    public FaultPlan FaultPlan => DriverHost.Plan;

    public void FaultCommitting(in FaultPlan plan) =>
        Sys.Call(KernelCallNumber.DiagCtl, DiagOp.FaultCommitted, (ulong)plan.Target, (ulong)plan.Kind, plan.AtRequest, out _);
}
