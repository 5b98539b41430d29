// A SIP's memory in its slot (Memory/SipRegion.cs) of the kernel address space: the image,
// mapped by the HAL's ElfLoader (every kernel's one loader) supervisor-only inside the slot,
// text executable and read-only, data writable and non-executable; the stack; the heap; and
// the unmapping of all three. The boot module stays pristine, so a restart loads the same bytes.

namespace Singularity.Tasks;

public static unsafe class SipLoader
{
    /// <summary>Maps the image into <paramref name="sip"/>'s slot with the HAL's loader; returns the entry point or 0.</summary>
    public static ulong Load(Sip sip, BootModule module)
    {
        int slot = SipRegion.SlotOf(ElfLoader.EntryOf(module));
        if (slot < 0) return 0;
        ulong slotBase = SipRegion.SlotBase(slot);
        sip.Slot = slot;
        // A refused load still reports the range it mapped, so Unload frees it.
        LoadedImage image = ElfLoader.LoadSupervisor(AddressSpace.Kernel, module, slotBase, slotBase + SipRegion.ImageLimit);
        sip.ImageStart = image.Start;
        sip.ImageEnd = image.End;
        sip.ImagePages += (int)image.Frames;
        return image.Entry;
    }

    /// <summary>Maps <paramref name="pages"/> zeroed, writable, non-executable pages ending at the slot's stack top.</summary>
    public static bool MapStack(Sip sip, int pages)
    {
        ulong top = SipRegion.StackTop(sip.Slot);
        for (int i = 1; i <= pages; i++)
        {
            ulong frame = PhysicalMemory.AllocateFrame();
            if (frame == 0 || !AddressSpace.Kernel.Map(top - (ulong)i * 4096, frame, PageFlags.Writable | PageFlags.NoExecute)) return false;
            sip.StackPages++;
        }
        return true;
    }

    /// <summary>Maps heap pages for the SIP's allocator; returns their address or 0.</summary>
    public static ulong MapHeap(Sip sip, int pages)
    {
        ulong heapBase = SipRegion.SlotBase(sip.Slot) + SipRegion.HeapOffset;
        if (sip.HeapNext == 0) sip.HeapNext = heapBase;
        if (pages <= 0 || sip.HeapPages + pages > sip.Manifest.HeapPages) return 0;
        if (sip.HeapNext + (ulong)pages * 4096 > heapBase + SipRegion.HeapLimit) return 0;
        ulong start = sip.HeapNext;
        for (int i = 0; i < pages; i++)
        {
            ulong frame = PhysicalMemory.AllocateFrame();
            if (frame == 0 || !AddressSpace.Kernel.Map(start + (ulong)i * 4096, frame, PageFlags.Writable | PageFlags.NoExecute)) return 0;
            sip.HeapPages++;
        }
        sip.HeapNext = start + (ulong)pages * 4096;
        return start;
    }

    /// <summary>Unmaps and frees every page of the slot; returns how many frames came back.</summary>
    public static int Unload(Sip sip)
    {
        ulong slotBase = SipRegion.SlotBase(sip.Slot);
        int freed = FreeRange(sip.ImageStart, sip.ImageEnd);
        if (sip.HeapNext != 0) freed += FreeRange(slotBase + SipRegion.HeapOffset, sip.HeapNext);
        ulong top = SipRegion.StackTop(sip.Slot);
        freed += FreeRange(top - (ulong)sip.StackPages * 4096, top);
        return freed;
    }

    private static int FreeRange(ulong start, ulong end)
    {
        int freed = 0;
        for (ulong page = start; page < end; page += 4096)
        {
            ulong frame = AddressSpace.Kernel.Unmap(page);
            if (frame == 0) continue;
            PhysicalMemory.FreeFrame(frame);
            freed++;
        }
        return freed;
    }
}
