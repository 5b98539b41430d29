// The process's allocator for C# `new`: a bump allocator over a fixed region in the
// image's .bss. Sized for small servers and drivers; a process that needs more asks its
// kernel for pages through its personality's memory calls.
using System.Runtime;

namespace Testbed.Process;

public static unsafe class ProcessHeap
{
    public const int Size = 64 * 1024;
    private static HeapBytes s_buffer;
    private static int s_used;

    private struct HeapBytes { public fixed byte Bytes[Size]; }

    public static int Used => s_used;

    [RuntimeExport("tb_heap_alloc")]
    private static void* Allocate(nuint size)
    {
        int aligned = (int)((size + 7) & ~(nuint)7);
        if (s_used + aligned > Size) return null;
        fixed (byte* start = s_buffer.Bytes)
        {
            void* result = start + s_used;
            s_used += aligned;
            return result;   // .bss: already zero, and never reused
        }
    }
}
