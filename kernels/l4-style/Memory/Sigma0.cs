// At boot the root task (sigma0 in L4's terms: the pager at the root of the mapping tree)
// receives the memory that user level will ever get: a pool of free frames, mapped at
// Layout.Sigma0Base + i * 4096 and recorded as the roots of the mapping database. All
// other tasks get memory from it, by map or grant, directly or through other pagers.

namespace L4Style.Memory;

public static unsafe class Sigma0
{
    public static ulong Pages { get; private set; }

    public static void GiveMemory(Task* root, ulong pages)
    {
        for (ulong i = 0; i < pages; i++)
        {
            ulong frame = PhysicalMemory.AllocateFrame();
            if (frame == 0) break;
            if (MappingDatabase.Insert(root->Id, Layout.Sigma0Base + i * 4096, frame, writable: true, parent: 0) == 0) break;
            Pages++;
        }
    }
}
