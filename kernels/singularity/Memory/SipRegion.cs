// Where SIPs live in the one kernel address space. Every SIP image is linked at its own
// slot in PML4 slot 2 (1 TiB and up), so SIPs share the address space without sharing a
// page: paging here only maps pages (its protection is not what isolates a SIP; language
// safety is, paper section 2). A slot holds the image, then the SIP's heap, then its
// stack with an unmapped guard page below it (a stack overflow faults instead of
// running into another SIP's memory).
//   slot base + 0       image (text R-X, rodata R--, data RW-)      up to 4 MiB
//   slot base + 4 MiB   heap pages, mapped on demand (AllocatePages) up to 8 MiB
//   slot top - 4 KiB - stack      stack pages; guard page below them
namespace Singularity.Memory;

public static class SipRegion
{
    public const ulong Base = 0x0000_0100_0000_0000;
    public const ulong SlotSize = 16UL << 20;
    public const int Slots = 16;
    public const ulong ImageLimit = 4UL << 20;
    public const ulong HeapOffset = 4UL << 20;
    public const ulong HeapLimit = 8UL << 20;

    public static ulong SlotBase(int slot) => Base + (ulong)slot * SlotSize;
    public static ulong StackTop(int slot) => SlotBase(slot) + SlotSize - 4096;

    /// <summary>The slot an image linked at <paramref name="address"/> belongs to, or -1.</summary>
    public static int SlotOf(ulong address)
    {
        if (address < Base || address >= Base + Slots * SlotSize) return -1;
        return (int)((address - Base) / SlotSize);
    }
}
