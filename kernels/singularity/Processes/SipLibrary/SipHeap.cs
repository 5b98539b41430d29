// The SIP's own allocator for `new` (per-SIP choice, paper section 2.1): a bump allocator
// over pages the kernel maps for it on demand, contiguous in the SIP's heap area. A SIP
// that never allocates never gets a heap page (the minimal hello SIP's footprint).
using System.Runtime;

namespace Singularity.Processes.SipLibrary;

public static unsafe class SipHeap
{
    private const ulong ChunkPages = 4;
    private static ulong s_next, s_end;

    public static ulong Used { get; private set; }

    [RuntimeExport("tb_heap_alloc")]
    private static void* Allocate(nuint size)
    {
        ulong aligned = ((ulong)size + 7) & ~7UL;
        if (s_next + aligned > s_end || s_next == 0)
        {
            ulong pages = (aligned + 4095) / 4096;
            if (pages < ChunkPages) pages = ChunkPages;
            ulong chunk = Abi.AllocatePages(pages);
            if (chunk == 0) return null;
            if (chunk != s_end) s_next = chunk;     // not contiguous with the last chunk: start over there
            s_end = chunk + pages * 4096;
        }
        void* result = (void*)s_next;
        s_next += aligned;
        Used += aligned;
        return result;                              // fresh pages are zeroed and never reused
    }
}
