// The kernel's allocator for C# `new` (the runtime's tb_heap_alloc hook) and for HAL
// structures: a bump allocator over a region reserved at boot right after the image and
// the boot modules. Kernel objects are never freed; personalities that recycle memory
// (process pages, message buffers) take frames from PhysicalMemory instead.
using System.Runtime;

namespace Testbed.Hal;

public static unsafe class KernelHeap
{
    public const ulong Size = 16 * 1024 * 1024;
    private static byte* s_next;
    private static byte* s_end;

    public static ulong Start { get; private set; }
    public static ulong End => (ulong)s_end;
    public static ulong Used => (ulong)s_next - Start;

    internal static void Initialize(ulong start)
    {
        // Statics are not usable yet (ModuleStartup runs after this): only plain stores.
        s_next = (byte*)start;
        s_end = (byte*)(start + Size);
        Start = start;
        for (ulong* p = (ulong*)start; p < (ulong*)s_end; p++) *p = 0;
    }

    public static void* Allocate(nuint size, nuint alignment = 8)
    {
        byte* result = (byte*)(((ulong)s_next + alignment - 1) & ~(ulong)(alignment - 1));
        if (result + size > s_end) return null;
        s_next = result + size;
        return result;
    }

    [RuntimeExport("tb_heap_alloc")]
    private static void* AllocateForRuntime(nuint size) => Allocate(size, 8);
}
