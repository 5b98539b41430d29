// Sigma0's memory as the root task sees it: page i at Layout.Sigma0Base + i * 4096, handed
// out in order (for thread stacks, buffers, and pages to map to other tasks).
using L4Style.Abi;

namespace L4Style.Processes.Root;

public static unsafe class PagePool
{
    private static ulong s_pages, s_next;

    public static ulong Pages => s_pages;

    public static void Initialize(ulong pages) => s_pages = pages;

    /// <summary>The address of <paramref name="count"/> fresh contiguous pages (0 if the pool is empty).</summary>
    public static ulong Take(ulong count)
    {
        if (s_next + count > s_pages) return 0;
        ulong address = Layout.Sigma0Base + s_next * 4096;
        s_next += count;
        return address;
    }

    /// <summary>
    /// <paramref name="count"/> fresh pages that are also contiguous in physical memory (for
    /// a device's DMA), with the physical address of the first; 0 if none are found.
    /// </summary>
    public static ulong TakeContiguous(ulong count, out ulong physical)
    {
        physical = 0;
        while (s_next + count <= s_pages)
        {
            ulong start = Layout.Sigma0Base + s_next * 4096;
            ulong first = Peers.Lookup(0, start);
            ulong run = 1;
            while (run < count && Peers.Lookup(0, start + run * 4096) == first + run * 4096) run++;
            if (run == count && first < 0x1_0000_0000)
            {
                s_next += count;
                physical = first;
                return start;
            }
            s_next += run;     // skip the pages before the break in contiguity
        }
        return 0;
    }

    /// <summary>A fresh page filled with the 64-bit pattern.</summary>
    public static ulong TakeFilled(ulong pattern)
    {
        ulong page = Take(1);
        for (int i = 0; i < 512; i++) ((ulong*)page)[i] = pattern;
        return page;
    }

    /// <summary>A stack for a new thread: top of 4 fresh pages.</summary>
    public static ulong TakeStack() => Take(4) + 4 * 4096;
}
