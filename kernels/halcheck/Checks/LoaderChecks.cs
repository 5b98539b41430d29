// The HAL's ElfLoader, the one loader of every kernel, on images built here in one frame:
// file bytes land at their addresses, the rest of every page is zero, two segments sharing
// a page share its frame, and each malformed image (bad magic, program headers past the
// module, a segment outside the range, file bytes past the module, more file than memory
// bytes) is refused. ELF: System V ABI, "Object Files" (header, program header table).

namespace Halcheck.Checks;

public static unsafe class LoaderChecks
{
    private const ulong ImageBytes = 4096, PayloadOffset = 512, PayloadBytes = 300;
    private const ulong SegmentAddress = AddressSpace.UserBase + 0x1000 - 100;   // file bytes straddle a page boundary
    private const ulong SegmentMemory = PayloadBytes + 4096;                     // bss runs into a third page

    public static void Run()
    {
        byte* image = (byte*)PhysicalMemory.AllocateFrame();
        if (image == null) Panic.Halt("halcheck: no frame for the loader checks");
        BootModule module = new() { Start = (ulong)image, End = (ulong)image + ImageBytes };

        CheckLoad(image, module);
        CheckSharedPage(image, module);
        CheckRefusals(image, module);
        PhysicalMemory.FreeFrame((ulong)image);
    }

    private static void CheckLoad(byte* image, BootModule module)
    {
        Build(image, 1, SegmentAddress, PayloadBytes, SegmentMemory);
        AddressSpace space = AddressSpace.Create();
        LoadedImage loaded = ElfLoader.Load(space, module);
        ulong wrongBytes = 0, nonZero = 0;
        for (ulong address = AddressSpace.UserBase; address < AddressSpace.UserBase + 0x3000; address++)
        {
            byte value = *(byte*)space.Translate(address);
            bool fromFile = address >= SegmentAddress && address < SegmentAddress + PayloadBytes;
            if (fromFile && value != Pattern(address - SegmentAddress)) wrongBytes++;
            if (!fromFile && value != 0) nonZero++;
        }
        Report.CheckValue("loader.copies-file-bytes", loaded.Loaded && wrongBytes == 0, "wrong", wrongBytes);
        Report.CheckValue("loader.zeroes-the-rest", loaded.Loaded && nonZero == 0, "non-zero", nonZero);
        Report.CheckValue("loader.maps-the-range", loaded.Frames == 3 && loaded.Start == AddressSpace.UserBase
            && loaded.End == AddressSpace.UserBase + 0x3000, "frames", loaded.Frames);
        Release(space, loaded);
    }

    // Two segments in one page (text and data of a small image): one frame, both copies in it.
    private static void CheckSharedPage(byte* image, BootModule module)
    {
        Build(image, 2, AddressSpace.UserBase, 100, 100);
        ulong* second = (ulong*)(image + 64 + 56);
        second[2] = AddressSpace.UserBase + 2048;   // p_vaddr
        second[1] = PayloadOffset + 100;            // p_offset: the next 100 payload bytes
        AddressSpace space = AddressSpace.Create();
        LoadedImage loaded = ElfLoader.Load(space, module);
        byte* frame = (byte*)space.Translate(AddressSpace.UserBase);
        ulong wrong = 0;
        for (ulong i = 0; i < 100; i++)
        {
            if (frame[i] != Pattern(i)) wrong++;
            if (frame[2048 + i] != Pattern(100 + i)) wrong++;
        }
        Report.CheckValue("loader.shared-page", loaded.Loaded && loaded.Frames == 1 && wrong == 0, "wrong", wrong);
        Release(space, loaded);
    }

    // Each malformed image must be refused and map nothing; the detail names, one bit each,
    // the cases the loader accepted.
    private static void CheckRefusals(byte* image, BootModule module)
    {
        ulong accepted = 0;
        bool broken = SelfTestInputs.Broken("loader.refuses-bad-input");
        for (int kind = 0; kind < 5; kind++)
        {
            Build(image, 1, SegmentAddress, PayloadBytes, SegmentMemory);
            ulong* segment = (ulong*)(image + 64);
            if (!(broken && kind == 2))   // the self-test leaves one image well-formed
            {
                switch (kind)
                {
                    case 0: image[1] = (byte)'X'; break;                                       // not an ELF
                    case 1: *(ushort*)(image + 56) = 80; break;                                // 80 headers: past the module
                    case 2: segment[2] = AddressSpace.UserBase - 0x1000; break;                // p_vaddr below the range
                    case 3: segment[1] = ImageBytes - 100; break;                              // file bytes past the module
                    case 4: segment[5] = PayloadBytes - 1; break;                              // p_memsz < p_filesz
                }
            }
            AddressSpace space = AddressSpace.Create();
            LoadedImage loaded = ElfLoader.Load(space, module);
            if (loaded.Loaded || loaded.Frames != 0) accepted |= 1UL << kind;
            Release(space, loaded);
        }
        Report.CheckValue("loader.refuses-bad-input", accepted == 0, "accepted", accepted);
    }

    private static byte Pattern(ulong i) => (byte)(i * 7 + 3);

    // An ELF64 x86-64 header, `count` PT_LOAD headers (the first as given, RW), a payload.
    private static void Build(byte* image, int count, ulong address, ulong fileSize, ulong memorySize)
    {
        for (ulong i = 0; i < ImageBytes; i++) image[i] = 0;
        image[0] = 0x7F; image[1] = (byte)'E'; image[2] = (byte)'L'; image[3] = (byte)'F';
        image[4] = 2;                                   // ELFCLASS64
        *(ushort*)(image + 18) = 62;                    // EM_X86_64
        *(ulong*)(image + 24) = address;                // e_entry
        *(ulong*)(image + 32) = 64;                     // e_phoff
        *(ushort*)(image + 54) = 56;                    // e_phentsize
        *(ushort*)(image + 56) = (ushort)count;         // e_phnum
        for (int n = 0; n < count; n++)
        {
            byte* header = image + 64 + n * 56;
            *(uint*)header = 1;                         // PT_LOAD
            *(uint*)(header + 4) = 6;                   // PF_R | PF_W
            *(ulong*)(header + 8) = PayloadOffset;
            *(ulong*)(header + 16) = address;
            *(ulong*)(header + 32) = fileSize;
            *(ulong*)(header + 40) = memorySize;
        }
        for (ulong i = 0; i < PayloadBytes; i++) image[PayloadOffset + i] = Pattern(i);
    }

    private static void Release(AddressSpace space, LoadedImage loaded)
    {
        for (ulong page = loaded.Start; page < loaded.End; page += 4096)
        {
            ulong frame = space.Translate(page) & ~0xFFFUL;
            if (frame != 0) PhysicalMemory.FreeFrame(frame);
        }
        space.Destroy();
    }
}
