// Maps a SIP image (a statically linked ELF64 whose segments lie in one SIP slot, see
// Memory/SipRegion.cs) into the kernel address space: fresh frames for each PT_LOAD
// segment, supervisor-only, text executable and read-only, data writable and
// non-executable. The boot module stays pristine, so a restart loads the same bytes.
// ELF: System V ABI, "Object Files" and "Program Loading".
using Singularity.Memory;
using Testbed.Hal;

namespace Singularity.Tasks;

public static unsafe class SipLoader
{
    private const uint PtLoad = 1;
    private const uint PfExecute = 1, PfWrite = 2;

    /// <summary>Maps the image into <paramref name="sip"/>'s slot; returns the entry point or 0.</summary>
    public static ulong Load(Sip sip, BootModule module)
    {
        byte* image = (byte*)module.Start;
        if (module.Size < 64 || image[0] != 0x7F || image[1] != 'E' || image[2] != 'L' || image[3] != 'F') return 0;
        if (image[4] != 2 || *(ushort*)(image + 18) != 62) return 0;
        ulong entry = *(ulong*)(image + 24);
        ulong programHeaders = *(ulong*)(image + 32);
        ushort headerSize = *(ushort*)(image + 54);
        ushort headerCount = *(ushort*)(image + 56);
        int slot = SipRegion.SlotOf(entry);
        if (slot < 0) return 0;
        ulong slotBase = SipRegion.SlotBase(slot);
        sip.Slot = slot;
        sip.ImageStart = ulong.MaxValue;
        sip.ImageEnd = 0;

        for (int i = 0; i < headerCount; i++)
        {
            byte* header = image + programHeaders + (ulong)(i * headerSize);
            if (*(uint*)header != PtLoad) continue;
            uint segmentFlags = *(uint*)(header + 4);
            ulong fileOffset = *(ulong*)(header + 8);
            ulong virtualAddress = *(ulong*)(header + 16);
            ulong fileSize = *(ulong*)(header + 32);
            ulong memorySize = *(ulong*)(header + 40);
            if (virtualAddress < slotBase || virtualAddress + memorySize > slotBase + SipRegion.ImageLimit) return 0;
            if (fileOffset + fileSize > module.Size) return 0;

            PageFlags flags = PageFlags.None;
            if ((segmentFlags & PfWrite) != 0) flags |= PageFlags.Writable;
            if ((segmentFlags & PfExecute) == 0) flags |= PageFlags.NoExecute;

            ulong first = virtualAddress & ~0xFFFUL;
            ulong end = (virtualAddress + memorySize + 0xFFF) & ~0xFFFUL;
            if (first < sip.ImageStart) sip.ImageStart = first;
            if (end > sip.ImageEnd) sip.ImageEnd = end;
            for (ulong page = first; page < end; page += 4096)
            {
                ulong frame = AddressSpace.Kernel.Translate(page) & ~0xFFFUL;
                if (frame == 0)
                {
                    frame = PhysicalMemory.AllocateFrame();
                    if (frame == 0 || !AddressSpace.Kernel.Map(page, frame, flags)) return 0;
                    sip.ImagePages++;
                }
                ulong copyStart = page > virtualAddress ? page : virtualAddress;
                ulong copyEnd = page + 4096 < virtualAddress + fileSize ? page + 4096 : virtualAddress + fileSize;
                for (ulong address = copyStart; address < copyEnd; address++)
                    ((byte*)frame)[address - page] = image[fileOffset + (address - virtualAddress)];
            }
        }
        return entry;
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
