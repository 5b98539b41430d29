// Object and array allocation. The compiler calls these helpers for `new`; the memory
// comes from the image's allocator (Testbed.Runtime.ImageHeap), which returns zeroed
// memory. There is no garbage collector: objects live until their image (or process) dies.
using System.Runtime;
using System.Runtime.CompilerServices;
using Testbed.Runtime;

namespace Internal.Runtime.CompilerHelpers;

internal static unsafe class Allocation
{
    private const int HeaderSize = 8;   // object header word in front of the reference

    [RuntimeExport("RhpNewFast")]
    public static void* NewObject(MethodTable* type)
    {
        byte* memory = (byte*)ImageHeap.Allocate(type->BaseSize);
        void* obj = memory + HeaderSize;
        *(MethodTable**)obj = type;
        return obj;
    }

    [RuntimeExport("RhpNewFinalizable")]
    public static void* NewFinalizable(MethodTable* type) => NewObject(type);

    [RuntimeExport("RhpNewArray")]
    public static void* NewArray(MethodTable* type, int length)
    {
        if (length < 0) RuntimeFault.Raise(FaultKind.Overflow);
        ulong size = type->BaseSize + (ulong)length * type->ComponentSize;
        size = (size + 7) & ~7UL;
        if (size > 0x7fffffff) RuntimeFault.Raise(FaultKind.OutOfMemory);
        byte* memory = (byte*)ImageHeap.Allocate((uint)size);
        void* obj = memory + HeaderSize;
        *(MethodTable**)obj = type;
        *(int*)((byte*)obj + 8) = length;
        return obj;
    }

    [RuntimeExport("RhpNewArrayFast")]
    public static void* NewArrayFast(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhpNewPtrArrayFast")]
    public static void* NewPtrArrayFast(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhNewString")]
    public static void* NewStringRaw(MethodTable* type, int length) => NewArray(type, length);

    public static string NewString(int length)
    {
        // A literal gives us the string MethodTable without reflection.
        MethodTable* stringType = ArrayData.MethodTableOf("");
        void* obj = NewArray(stringType, length);
        return Unsafe.As<string>(*(object*)&obj);
    }
}
