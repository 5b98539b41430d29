// Names that ring 3 sends for the result channel become kernel strings. The runtime has
// no string constructor, so this builds the object as the runtime's allocator does:
// [header][MethodTable*][int length][UTF-16 chars], with the MethodTable of a literal.

namespace L4Style.Debug;

public static unsafe class KernelStrings
{
    public const ulong MaxLength = 200;

    /// <summary>A kernel copy of a UTF-16 string in the task's memory, or null if unreadable or too long.</summary>
    public static string FromUser(Task* task, ulong address, ulong length)
    {
        if (length > MaxLength) return null;
        byte* memory = (byte*)KernelHeap.Allocate((nuint)(8 + 8 + 4 + 2 * length + 2), 8);
        if (memory == null) return null;
        byte* obj = memory + 8;
        string literal = "";
        void* literalObject = *(void**)Unsafe.AsPointer(ref literal);
        *(void**)obj = *(void**)literalObject;
        *(int*)(obj + 8) = (int)length;
        if (!UserMemory.CopyIn(task, address, obj + 12, length * 2)) return null;
        return *(string*)&obj;
    }
}
