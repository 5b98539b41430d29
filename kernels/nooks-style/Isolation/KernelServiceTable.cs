// The one KernelServices table every driver image holds a pointer to. Its entries are the
// plain kernel functions with isolation off, the wrappers with isolation on; the table
// lives in kernel memory (read-only to a driver in its domain).
using Services = NooksStyle.Drivers.DriverServices;

namespace NooksStyle.Isolation;

public static unsafe class KernelServiceTable
{
    public static KernelServices* Table { get; private set; }

    public static void Select(bool wrapped)
    {
        if (Table == null) Table = (KernelServices*)KernelHeap.Allocate((nuint)sizeof(KernelServices), 64);
        if (wrapped)
        {
            Table->AllocateDma = &ServiceWrappers.AllocateDma;
            Table->WaitForInterrupt = &ServiceWrappers.WaitForInterrupt;
            Table->Log = &ServiceWrappers.Log;
            Table->Failed = &ServiceWrappers.Failed;
            Table->Clock = &ServiceWrappers.Clock;
            Table->FaultCommitting = &ServiceWrappers.FaultCommitting;
        }
        else
        {
            Table->AllocateDma = &Services.AllocateDma;
            Table->WaitForInterrupt = &Services.WaitForInterrupt;
            Table->Log = &Services.Log;
            Table->Failed = &Services.Failed;
            Table->Clock = &Services.Clock;
            Table->FaultCommitting = &Services.FaultCommitting;
        }
    }
}
