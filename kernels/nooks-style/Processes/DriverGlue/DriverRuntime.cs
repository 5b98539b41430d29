// The driver image's own runtime state: the kernel's service table, its heap, its fault
// hook. Each driver image links its own copy, so a reload from the boot module starts
// from pristine statics.
using System.Runtime;
using System.Runtime.CompilerServices;
using NooksStyle.Abi;
using Testbed.Drivers.Faults;

namespace NooksStyle.Processes.DriverGlue;

public static unsafe class DriverRuntime
{
    public const int HeapSize = 16 * 1024;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_modules_start")] private static extern void** ModulesStart();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_modules_end")] private static extern void** ModulesEnd();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_driver_main")] private static extern void DriverMain(DriverExports* exports);

    /// <summary>The kernel's services (a table in kernel memory: readable, not writable, with isolation on).</summary>
    public static KernelServices* Services;
    /// <summary>The fault this load of the driver is asked to commit (from its start call).</summary>
    public static FaultPlan Plan;

    private struct HeapBytes { public fixed byte Bytes[HeapSize]; }
    private static HeapBytes s_heap;
    private static int s_heapUsed;

    [RuntimeExport("tb_driver_start")]
    private static void Start(KernelServices* services, DriverExports* exports)
    {
        Services = services;
        if (!Testbed.Runtime.ModuleStartup.Initialize(ModulesStart(), ModulesEnd())) services->Failed(-1);
        DriverMain(exports);
    }

    [RuntimeExport("tb_heap_alloc")]
    private static void* Allocate(nuint size)
    {
        int aligned = (int)((size + 7) & ~(nuint)7);
        if (s_heapUsed + aligned > HeapSize) return null;
        fixed (byte* start = s_heap.Bytes)
        {
            void* result = start + s_heapUsed;
            s_heapUsed += aligned;
            return result;
        }
    }

    [RuntimeExport("tb_runtime_fault")]
    private static void RuntimeFault(int kind)
    {
        Services->Failed(kind);
        while (true) { }
    }
}
