// Loads a process image (a statically linked ELF64, common/build/process.ld) from a boot
// module into an address space: each PT_LOAD segment gets fresh frames, its bytes copied
// and the rest zeroed, mapped user-accessible with the segment's permissions (W only if
// PF_W, executable only if PF_X). The module itself stays untouched, so a restart
// reloads from the pristine copy. ELF: System V ABI, "Object Files" and "Program Loading".
// LoadSupervisor does the same for an image linked into kernel space (a driver that a
// monolithic kernel runs in ring 0): supervisor-only pages inside a range the kernel gives.
namespace Testbed.Hal;

public static unsafe class ElfLoader
{
    private const uint PtLoad = 1;
    private const uint PfExecute = 1, PfWrite = 2;

    // MapSegments's results besides the entry point. It writes them as the loader always has:
    // its byte-at-a-time copy loop is compiled as before, so create/start figures keep their
    // per-byte cost (a later task makes the copy faster). Callers get a LoadedImage.
    private static ulong s_frames, s_start, s_end;

    /// <summary>Maps the image; what it mapped (not Loaded if it is not a loadable x86-64 ELF or frames ran out).</summary>
    public static LoadedImage Load(AddressSpace space, BootModule module)
        => Loaded(MapSegments(space, module, AddressSpace.UserBase, AddressSpace.UserLimit, PageFlags.User));

    /// <summary>
    /// Maps an image linked in kernel space, supervisor-only, every segment inside
    /// [<paramref name="low"/>, <paramref name="high"/>); what it mapped, as Load.
    /// </summary>
    public static LoadedImage LoadSupervisor(AddressSpace space, BootModule module, ulong low, ulong high)
        => Loaded(MapSegments(space, module, low, high, PageFlags.None));

    private static LoadedImage Loaded(ulong entry) => entry == 0 ? default : new LoadedImage(entry, s_start, s_end, s_frames);

    private static ulong MapSegments(AddressSpace space, BootModule module, ulong low, ulong high, PageFlags baseFlags)
    {
        byte* image = (byte*)module.Start;
        if (module.Size < 64 || image[0] != 0x7F || image[1] != 'E' || image[2] != 'L' || image[3] != 'F') return 0;
        if (image[4] != 2 || *(ushort*)(image + 18) != 62) return 0;   // ELFCLASS64, EM_X86_64
        ulong entry = *(ulong*)(image + 24);
        ulong programHeaders = *(ulong*)(image + 32);
        ushort headerSize = *(ushort*)(image + 54);
        ushort headerCount = *(ushort*)(image + 56);
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
            if (virtualAddress < low || virtualAddress + memorySize > high || virtualAddress + memorySize < virtualAddress) return 0;
            if (fileOffset + fileSize > module.Size) return 0;

            PageFlags flags = baseFlags;
            if ((segmentFlags & PfWrite) != 0) flags |= PageFlags.Writable;
            if ((segmentFlags & PfExecute) == 0) flags |= PageFlags.NoExecute;

            ulong first = virtualAddress & ~0xFFFUL;
            ulong end = (virtualAddress + memorySize + 0xFFF) & ~0xFFFUL;
            if (first < lowest) lowest = first;
            if (end > highest) highest = end;
            for (ulong page = first; page < end; page += 4096)
            {
                ulong frame = space.Translate(page) & ~0xFFFUL;
                if (frame == 0)
                {
                    frame = PhysicalMemory.AllocateFrame();
                    if (frame == 0 || !space.Map(page, frame, flags)) return 0;
                    frames++;
                }
                // Copy the part of this page that the file provides; frames start zeroed.
                for (ulong offset = 0; offset < 4096; offset++)
                {
                    ulong address = page + offset;
                    if (address >= virtualAddress && address < virtualAddress + fileSize)
                        ((byte*)frame)[offset] = image[fileOffset + (address - virtualAddress)];
                }
            }
        }
        s_frames = frames;
        s_start = lowest;
        s_end = highest;
        return entry;
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
