// The allocator the runtime uses for `new`. Each image plugs in its own by defining
// `tb_heap_alloc`, which returns zeroed, 8-byte aligned memory or null when exhausted.
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Runtime;

public static unsafe class ImageHeap
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_heap_alloc")]
    private static extern void* ImageAllocate(nuint size);

    public static void* Allocate(nuint size)
    {
        void* memory = ImageAllocate(size);
        if (memory == null) RuntimeFault.Raise(FaultKind.OutOfMemory);
        return memory;
    }
}
