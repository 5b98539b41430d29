// map, grant and unmap (Liedtke 1995, section 3.1). A map item in a message names an
// fpage of the sender's space; the receiver names where it accepts mappings (its receive
// window, an fpage too). The pages arrive with at most the sender's rights. Grant moves
// them: the sender loses them and the receiver takes its place in the mapping tree.
// When the window is larger than the fpage, the send base (MR5) says where in the window
// the pages go (L4 X.2 manual, "Map item": base modulo the window size, aligned to the
// fpage). Only pages recorded in the mapping database can be passed on: memory the kernel loaded
// a task's image into is the task's own and goes with it.

namespace L4Style.Memory;

public static unsafe class MapItems
{
    public static ulong PagesMapped, PagesGranted;

    /// <summary>Maps (or grants) the sender's fpage into the receiver's window; returns the pages passed.</summary>
    public static ulong Map(Task* from, ulong fpage, Task* to, ulong window, ulong sendBase, bool grant)
    {
        if (window == 0) return 0;
        int log2 = Fpage.Log2Pages(fpage);
        if (log2 > Fpage.Log2Pages(window)) log2 = Fpage.Log2Pages(window);
        if (log2 > 10) return 0;
        ulong pages = 1UL << log2;
        ulong windowBytes = Fpage.Pages(window) * 4096;
        ulong offset = sendBase & (windowBytes - 1) & ~(pages * 4096 - 1);
        ulong passed = 0;
        for (ulong i = 0; i < pages; i++)
        {
            ulong source = Fpage.Base(fpage) + i * 4096;
            ulong target = Fpage.Base(window) + offset + i * 4096;
            int node = MappingDatabase.Find(from->Id, source);
            if (node == 0) continue;
            // Whatever the receiver had there is replaced (and everything derived from it revoked).
            int old = MappingDatabase.Find(to->Id, target);
            if (old != 0) MappingDatabase.Revoke(old, includeSelf: true);
            if (grant)
            {
                if (MappingDatabase.Move(node, to->Id, target)) { passed++; PagesGranted++; }
            }
            else
            {
                bool writable = Fpage.IsWritable(fpage) && MappingDatabase.IsWritable(node);
                if (MappingDatabase.Insert(to->Id, target, MappingDatabase.FrameOf(node), writable, node) != 0) { passed++; PagesMapped++; }
            }
        }
        return passed;
    }

    /// <summary>
    /// Unmap: takes back every mapping derived from the caller's pages in the fpage, in all
    /// tasks, transitively; with <paramref name="self"/> the caller's own mappings go too
    /// (but sigma0's roots stay: they are the memory itself).
    /// </summary>
    public static ulong Unmap(Task* task, ulong fpage, bool self)
    {
        ulong pages = Fpage.Pages(fpage);
        if (pages > 1024) return 0;
        ulong count = 0;
        for (ulong i = 0; i < pages; i++)
        {
            int node = MappingDatabase.Find(task->Id, Fpage.Base(fpage) + i * 4096);
            if (node == 0) continue;
            MappingDatabase.Revoke(node, includeSelf: self && MappingDatabase.ParentOf(node) != 0);
            count++;
        }
        return count;
    }
}
