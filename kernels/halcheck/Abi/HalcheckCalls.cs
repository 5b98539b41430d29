// halcheck's system call numbers, compiled into both the kernel and its user process.
namespace Halcheck.Abi;

public static class HalcheckCalls
{
    public const ulong Null = 0;        // returns 0: the floor round trip
    public const ulong Add = 1;         // returns a1 + a2: arguments and results cross intact
    public const ulong Record = 2;      // records[a1] = a2: how the process reports
    public const ulong Exit = 3;        // ends the process with code a1

    // Slots of the record table.
    public const int SlotAddResult = 0;
    public const int SlotHeapCheck = 1;
    public const int SlotSampleCount = 2;
    public const int SlotTscOverhead = 3;
    public const int SlotStaticProbe = 4;
    public const int FirstSample = 16;

    // What the process is asked to do (low byte of its start argument; iterations above).
    public const ulong ModeWork = 0;
    public const ulong ModePageFault = 1;
    public const ulong ModePrivileged = 2;
    public const ulong ModeWriteReadOnly = 3;
    public const ulong ModeExecuteData = 4;
    public const ulong ModeProbeStatic = 5;

    // Work mode: the iterations sit in bits 8..55; this flag asks for the wrong shape, so
    // that user.runtime must fail (selftest-break=user.runtime).
    public const ulong WorkWrongShape = 1UL << 63;
    public static ulong WorkIterations(ulong argument) => (argument >> 8) & ((1UL << 48) - 1);
}
