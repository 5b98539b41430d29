// Giving back a dead task's memory: its mappings (and everything mapped from them) are
// revoked through the mapping database; the frames the kernel loaded its image and stacks
// into are freed; then its page tables go.

namespace L4Style.Memory;

public static unsafe class TaskMemory
{
    private const ulong AddressMask = 0x000F_FFFF_FFFF_F000;

    public static void Release(Task* task)
    {
        for (int node = MappingDatabase.NextOf(task->Id, 0); node != 0; node = MappingDatabase.NextOf(task->Id, node))
        {
            bool root = MappingDatabase.ParentOf(node) == 0;
            ulong frame = MappingDatabase.FrameOf(node);
            MappingDatabase.Revoke(node, includeSelf: true);
            if (root) PhysicalMemory.FreeFrame(frame);   // a granted sigma0 page leaves the system with its task
        }
        AddressSpace space = TaskTable.Spaces[task->Id];
        if (Cpu.ReadCr3() == space.Root) Cpu.WriteCr3(AddressSpace.Kernel.Root);
        FreeLeafFrames((ulong*)space.Root, 4, 1, 256);
        space.Destroy();
        TaskTable.Spaces[task->Id] = null;
    }

    // Frees the frames mapped by leaf entries of the user half (PML4 slots 1..255).
    private static void FreeLeafFrames(ulong* table, int level, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ulong entry = table[i];
            if ((entry & (ulong)PageFlags.Present) == 0) continue;
            if (level == 1) PhysicalMemory.FreeFrame(entry & AddressMask);
            else FreeLeafFrames((ulong*)(entry & AddressMask), level - 1, 0, 512);
        }
    }
}
