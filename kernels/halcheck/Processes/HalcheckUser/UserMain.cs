// halcheck's user process. In "work" mode it proves that system calls carry arguments
// and results, that its own runtime (heap, statics, virtual calls) works in ring 3, and
// measures the null system call round trip. The other modes each commit one protection
// violation that the kernel must catch without going down.
using System.Runtime;
using System.Runtime.CompilerServices;
using Halcheck.Abi;
using Testbed.Guest.Measure;
using Testbed.Process;

namespace Halcheck.Processes.HalcheckUser;

public static unsafe class UserMain
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "halcheck_user_hlt")] private static extern void Hlt();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "halcheck_user_opaque_object")] private static extern object Opaque(object value);

    private class Shape { public virtual ulong Sides() => 0; }
    private sealed class Square : Shape { public override ulong Sides() => 4; }

    private static ulong s_probe;
    // A `ret` instruction in a writable, non-executable data page.
    private static byte[] s_code = new byte[] { 0xC3 };

    [RuntimeExport("tb_process_exit")]
    private static void Exit(int code)
    {
        Syscall.Invoke(HalcheckCalls.Exit, (ulong)code);
    }

    [RuntimeExport("tb_runtime_fault")]
    private static void RuntimeFault(int kind) => Exit(100 + kind);

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        ulong mode = argument & 0xFF;
        switch (mode)
        {
            case HalcheckCalls.ModeWork:
                Work(HalcheckCalls.WorkIterations(argument), (argument & HalcheckCalls.WorkWrongShape) != 0);
                return 0;
            case HalcheckCalls.ModePageFault:
                *(ulong*)0x0000_7000_0000_0000 = 1;
                return 1;
            case HalcheckCalls.ModePrivileged:
                Hlt();
                return 1;
            case HalcheckCalls.ModeWriteReadOnly:
                *(byte*)(delegate*<ulong, int>)&Main = 0xCC;
                return 1;
            case HalcheckCalls.ModeExecuteData:
                fixed (byte* code = s_code) ((delegate*<void>)code)();
                return 1;
            case HalcheckCalls.ModeProbeStatic:
                // Each instance writes its own value into the same virtual address.
                s_probe = argument >> 8;
                fixed (ulong* probe = &s_probe) Syscall.Invoke(HalcheckCalls.Record, HalcheckCalls.SlotStaticProbe, (ulong)probe);
                return 0;
        }
        return 2;
    }

    private static void Work(ulong iterations, bool wrongShape)
    {
        Syscall.Invoke(HalcheckCalls.Record, HalcheckCalls.SlotAddResult, Syscall.Invoke(HalcheckCalls.Add, 40, 2));

        // Through assembly, so that the type test and the heap are real: with the objects
        // in sight, ilc folded Sides() to 4 and put the array on the stack.
        Shape shape = Unsafe.As<Shape>(Opaque(wrongShape ? new Shape() : new Square()));
        ulong[] numbers = Unsafe.As<ulong[]>(Opaque(new ulong[8]));
        for (int i = 0; i < numbers.Length; i++) numbers[i] = (ulong)i;
        Syscall.Invoke(HalcheckCalls.Record, HalcheckCalls.SlotHeapCheck, shape.Sides() + numbers[7]);

        // The cost of reading the counter twice, subtracted from every sample below.
        ulong overhead = TscReadCost.Measure();
        Syscall.Invoke(HalcheckCalls.Record, HalcheckCalls.SlotTscOverhead, overhead);

        for (ulong i = 0; i < iterations; i++)
        {
            ulong start = Tsc.Open();
            Syscall.Invoke(HalcheckCalls.Null);
            ulong end = Tsc.Close();
            Syscall.Invoke(HalcheckCalls.Record, (ulong)HalcheckCalls.FirstSample + i, end - start - overhead);
        }
        Syscall.Invoke(HalcheckCalls.Record, HalcheckCalls.SlotSampleCount, iterations);
    }
}
