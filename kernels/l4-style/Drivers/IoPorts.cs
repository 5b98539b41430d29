// I/O port rights per task through the TSS I/O permission bitmap (Intel SDM vol. 1, 19.5).
// There is one bitmap; it holds the ports of one task at a time, its "owner". Every other
// task runs with the TSS's I/O map base pointing past the segment limit, so that all its
// port accesses fault (one 16-bit store per address-space switch, in the fast path too).
// A task with rights that is not the owner takes the first #GP as the cue to load its
// ports and retry: lazy switching, like lazy FPU switching, because drivers rarely alternate.

namespace L4Style.Drivers;

public static unsafe class IoPorts
{
    public const int MaxRanges = 16;
    private static Task* s_owner;
    public static ulong BitmapSwitches;

    public static bool Grant(Task* task, ulong first, ulong count)
    {
        if (count == 0 || first + count > 0x10000 || task->IoRangeCount == MaxRanges) return false;
        task->IoRangeTable[task->IoRangeCount++] = (uint)first | (uint)count << 16;
        if (task == s_owner) SetRange((ushort)first, (uint)count, true);
        return true;
    }

    public static bool TryTakeOwnership(Task* task)
    {
        if (task->IoRangeCount == 0 || task == s_owner) return false;
        if (s_owner != null) Drop(s_owner);
        for (int i = 0; i < task->IoRangeCount; i++)
        {
            uint range = task->IoRangeTable[i];
            SetRange((ushort)range, range >> 16, true);
        }
        task->IoMapBase = Tss.IoBitmapInUse;
        *Tss.IoMapBaseField = Tss.IoBitmapInUse;
        s_owner = task;
        BitmapSwitches++;
        return true;
    }

    public static void Release(Task* task)
    {
        if (task == s_owner) Drop(task);
        task->IoRangeCount = 0;
        task->IoMapBase = Tss.NoIoBitmap;
    }

    private static void Drop(Task* owner)
    {
        for (int i = 0; i < owner->IoRangeCount; i++)
        {
            uint range = owner->IoRangeTable[i];
            SetRange((ushort)range, range >> 16, false);
        }
        owner->IoMapBase = Tss.NoIoBitmap;
        *Tss.IoMapBaseField = Tss.NoIoBitmap;
        s_owner = null;
    }

    private static void SetRange(ushort first, uint count, bool allowed)
    {
        for (uint p = 0; p < count; p++) Tss.SetPortAllowed((ushort)(first + p), allowed);
    }
}
