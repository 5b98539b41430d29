// The frame allocator and the page-table code: frames come and go and are counted; a
// mapping in a new address space translates to the right frame and carries data; unmap
// removes it; the null page stays unmapped in the kernel half.

namespace Halcheck.Checks;

public static unsafe class MemoryChecks
{
    public static void Run()
    {
        ulong before = PhysicalMemory.FreeFrames;
        ulong a = PhysicalMemory.AllocateFrame();
        ulong b = PhysicalMemory.AllocateFrame();
        bool allocated = a != 0 && b != 0 && a != b && (a & 0xFFF) == 0 && PhysicalMemory.FreeFrames == before - 2;
        PhysicalMemory.FreeFrame(a);
        PhysicalMemory.FreeFrame(b);
        Report.CheckValue("memory.frame-allocator", allocated && PhysicalMemory.FreeFrames == before, "free_frames", before);

        AddressSpace space = AddressSpace.Create();
        ulong frame = PhysicalMemory.AllocateFrame();
        const ulong Where = 0x0000_0080_1234_5000;
        bool mapped = space.Map(Where, frame, PageFlags.User | PageFlags.Writable);
        bool translated = space.Translate(Where + 0x18) == frame + 0x18;
        bool refused = !space.Map(Where, frame, PageFlags.User);   // already mapped
        space.Activate();
        *(ulong*)(Where + 8) = 0xC0FFEE;                            // through the new mapping
        AddressSpace.Kernel.Activate();
        bool visible = *(ulong*)(frame + 8) == 0xC0FFEE;            // through the identity map
        bool notInKernelSpace = AddressSpace.Kernel.Translate(Where) == 0;
        Report.Check("memory.map-translate", mapped && translated && refused && visible && notInKernelSpace);

        bool unmapped = space.Unmap(Where) == frame && space.Translate(Where) == 0;
        PhysicalMemory.FreeFrame(frame);
        space.Destroy();
        Report.Check("memory.unmap", unmapped);

        Report.Check("memory.null-page-unmapped", AddressSpace.Kernel.Translate(0) == 0 && AddressSpace.Kernel.Translate(4096) == 4096);
        Report.CheckValue("memory.heap", KernelHeap.Used > 0 && KernelHeap.Used < KernelHeap.Size, "used", KernelHeap.Used);
    }
}
