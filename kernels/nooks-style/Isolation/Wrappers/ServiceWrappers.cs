// Wrappers on the kernel's exports to drivers (driver -> kernel), hand-written like Nooks'
// (SOSP 2003, 4.2: 329 wrappers for kernel functions; this kernel exports six). Each one
// leaves the driver's protection domain for the kernel's page tables, checks the driver's
// arguments (the kernel must not write where the driver says unless it is the driver's own
// memory, nor wait on someone else's interrupt), calls the kernel function, and returns to
// the domain. A bad argument is a driver failure, like a fault.
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;

namespace NooksStyle.Isolation.Wrappers;

public static unsafe class ServiceWrappers
{
    private const uint MaxDmaBytes = 64 * 1024;
    private const ulong MaxWaitTicks = 10_000;
    private const int MaxLogLength = 256;

    public static void AllocateDma(uint bytes, DmaBuffer* buffer)
    {
        ulong domain = EnterKernel();
        LoadedDriver driver = IsolationManager.Current;
        if (bytes == 0 || bytes > MaxDmaBytes || !driver.OwnsRange((ulong)buffer, (ulong)sizeof(DmaBuffer)))
            Violation(driver, "wrapper.allocate-dma.bad-argument");
        DriverServices.AllocateDma(bytes, buffer);
        LeaveKernel(domain);
    }

    public static int WaitForInterrupt(int irq, ulong ticks)
    {
        ulong domain = EnterKernel();
        LoadedDriver driver = IsolationManager.Current;
        if (!driver.OwnsIrq(irq) || ticks > MaxWaitTicks) Violation(driver, "wrapper.wait-for-interrupt.bad-argument");
        int result = DriverServices.WaitForInterrupt(irq, ticks);
        LeaveKernel(domain);
        return result;
    }

    public static void Log(char* text, int length, ulong value)
    {
        ulong domain = EnterKernel();
        LoadedDriver driver = IsolationManager.Current;
        if (length < 0 || length > MaxLogLength) Violation(driver, "wrapper.log.bad-argument");
        DriverServices.Log(text, length, value);
        LeaveKernel(domain);
    }

    public static void Failed(int kind)
    {
        EnterKernel();
        DriverServices.Failed(kind);
    }

    // A driver may report only its own target's fault (its name is the target's name).
    public static void FaultCommitting(uint target, uint kind, uint at)
    {
        ulong domain = EnterKernel();
        LoadedDriver driver = IsolationManager.Current;
        if (target > (uint)FaultCatalog.LastTarget || kind > (uint)FaultCatalog.LastKind
            || FaultCatalog.TargetName((FaultTarget)target) != driver.Name)
            Violation(driver, "wrapper.fault-committing.bad-argument");
        DriverServices.FaultCommitting(target, kind, at);
        LeaveKernel(domain);
    }

    public static ulong Clock() => DriverServices.Clock();   // reads no kernel data: stays in the domain

    // The domain's page tables map kernel data read-only: switch before writing any.
    private static ulong EnterKernel()
    {
        ulong domain = Cpu.ReadCr3();
        Cpu.WriteCr3(Xpc.Frame->KernelCr3);
        IsolationManager.InDriver = false;
        return domain;
    }

    private static void LeaveKernel(ulong domain)
    {
        IsolationManager.InDriver = true;
        Cpu.WriteCr3(domain);
    }

    private static void Violation(LoadedDriver driver, string what)
    {
        IsolationManager.Reject(driver, what);
        Xpc.Abandon();
    }
}
