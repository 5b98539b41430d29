// The one loader of every kernel (processes, tasks, driver images, SIPs). Loads a statically
// linked ELF64 (common/build/process.ld) from a boot module into an address space: each
// PT_LOAD segment gets fresh frames (zeroed by whole pages), only its file bytes copied, as a
// block (BlockMemory), mapped user-accessible with the segment's permissions (W only if
// PF_W, executable only if PF_X). The module itself stays untouched, so a restart
// reloads from the pristine copy. ELF: System V ABI, "Object Files" and "Program Loading".
// LoadSupervisor does the same for an image linked into kernel space (a driver that a
// monolithic kernel runs in ring 0, a SIP in its slot): supervisor-only pages inside a range
// the kernel gives. Every segment must lie inside that range and inside the module.
namespace Testbed.Hal;

public static unsafe class ElfLoader
{
    private const uint PtLoad = 1;
    private const uint PfExecute = 1, PfWrite = 2;

    /// <summary>Maps the image; what it mapped (not Loaded if it is not a loadable x86-64 ELF or frames ran out).</summary>
    public static LoadedImage Load(AddressSpace space, BootModule module)
        => MapSegments(space, module, AddressSpace.UserBase, AddressSpace.UserLimit, PageFlags.User);

    /// <summary>
    /// Maps an image linked in kernel space, supervisor-only, every segment inside
    /// [<paramref name="low"/>, <paramref name="high"/>); what it mapped, as Load.
    /// </summary>
    public static LoadedImage LoadSupervisor(AddressSpace space, BootModule module, ulong low, ulong high)
        => MapSegments(space, module, low, high, PageFlags.None);

    /// <summary>The entry point the ELF header names, 0 if the module is not an x86-64 ELF64 (a SIP's slot follows from it).</summary>
    public static ulong EntryOf(BootModule module)
    {
        byte* image = (byte*)module.Start;
        if (module.Size < 64 || image[0] != 0x7F || image[1] != 'E' || image[2] != 'L' || image[3] != 'F') return 0;
        if (image[4] != 2 || *(ushort*)(image + 18) != 62) return 0;   // ELFCLASS64, EM_X86_64
        return *(ulong*)(image + 24);
    }

    // A refused or failed load returns Entry 0 with Start, End and Frames covering whatever
    // it mapped before it stopped, so a caller that keeps the range can unmap it.
    private static LoadedImage MapSegments(AddressSpace space, BootModule module, ulong low, ulong high, PageFlags baseFlags)
    {
        byte* image = (byte*)module.Start;
        ulong entry = EntryOf(module);
        if (entry == 0) return default;
        ulong programHeaders = *(ulong*)(image + 32);
        ushort headerSize = *(ushort*)(image + 54);
        ushort headerCount = *(ushort*)(image + 56);
        if (programHeaders + (ulong)headerCount * headerSize > module.Size) return default;
        ulong frames = 0;
        ulong lowest = ulong.MaxValue, highest = 0;

        for (int i = 0; i < headerCount; i++)
        {
            byte* header = image + programHeaders + (ulong)(i * headerSize);
            if (*(uint*)header != PtLoad) continue;
            uint segmentFlags = *(uint*)(header + 4);
            ulong fileOffset = *(ulong*)(header + 8);
            ulong virtualAddress = *(ulong*)(header + 16);
            ulong fileSize = *(ulong*)(header + 32);
            ulong memorySize = *(ulong*)(header + 40);
            if (virtualAddress < low || virtualAddress + memorySize > high || virtualAddress + memorySize < virtualAddress
                || fileSize > memorySize || fileOffset + fileSize > module.Size || fileOffset + fileSize < fileOffset)
                return new LoadedImage(0, lowest, highest, frames);

            PageFlags flags = baseFlags;
            if ((segmentFlags & PfWrite) != 0) flags |= PageFlags.Writable;
            if ((segmentFlags & PfExecute) == 0) flags |= PageFlags.NoExecute;

            ulong first = virtualAddress & ~0xFFFUL;
            ulong end = (virtualAddress + memorySize + 0xFFF) & ~0xFFFUL;
            if (first < lowest) lowest = first;
            if (end > highest) highest = end;
            for (ulong page = first; page < end; page += 4096)
            {
                // A page two segments share keeps its frame: the second copies into it.
                ulong frame = space.Translate(page) & ~0xFFFUL;
                if (frame == 0)
                {
                    frame = PhysicalMemory.AllocateFrame();   // zeroed by whole pages: the bss needs nothing more
                    if (frame == 0 || !space.Map(page, frame, flags)) return new LoadedImage(0, lowest, highest, frames);
                    frames++;
                }
                // Only the part of this page that the file provides is copied, as one block.
                ulong copyStart = page > virtualAddress ? page : virtualAddress;
                ulong copyEnd = page + 4096 < virtualAddress + fileSize ? page + 4096 : virtualAddress + fileSize;
                if (copyEnd > copyStart)
                    BlockMemory.Copy((byte*)frame + (copyStart - page), image + fileOffset + (copyStart - virtualAddress), copyEnd - copyStart);
            }
        }
        return new LoadedImage(entry, lowest, highest, frames);
    }

    /// <summary>Maps a zeroed, writable, non-executable user stack ending at <paramref name="top"/>.</summary>
    public static bool MapStack(AddressSpace space, ulong top, int pages)
    {
        for (int i = 1; i <= pages; i++)
        {
            ulong frame = PhysicalMemory.AllocateFrame();
            if (frame == 0 || !space.Map(top - (ulong)i * 4096, frame, PageFlags.User | PageFlags.Writable | PageFlags.NoExecute))
                return false;
        }
        return true;
    }
}
