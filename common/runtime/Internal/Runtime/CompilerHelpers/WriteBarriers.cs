// Write barriers: the compiler calls these for every store of a reference into the heap.
// Without a generational collector there is no card table to mark, so a barrier is a store.
using System.Runtime;

namespace Internal.Runtime.CompilerHelpers;

internal static unsafe class WriteBarriers
{
    [RuntimeExport("RhpAssignRef")]
    public static void AssignRef(void** destination, void* reference) => *destination = reference;

    [RuntimeExport("RhpCheckedAssignRef")]
    public static void CheckedAssignRef(void** destination, void* reference) => *destination = reference;

    [RuntimeExport("RhpByRefAssignRef")]
    public static void ByRefAssignRef(void** destination, void** source) => *destination = *source;
}
