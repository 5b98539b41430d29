// The physical frame allocator: one bit per 4 KiB frame, fed by the Multiboot memory map.
// Frames below the end of the kernel heap (image, boot modules, heap) are never handed out.
// Only the identity-mapped first gigabyte is managed, so every frame is also addressable.
namespace Testbed.Hal;

public static unsafe class PhysicalMemory
{
    public const ulong FrameSize = 4096;
    private const ulong ManagedLimit = 1UL << 30;
    private const ulong FrameCount = ManagedLimit / FrameSize;

    private static ulong* s_bitmap;          // 1 = in use
    private static ulong s_reservedEnd;
    private static ulong s_searchHint;

    public static ulong FreeFrames { get; private set; }
    public static ulong TotalFrames { get; private set; }

    internal static void Initialize(ulong reservedEnd)
    {
        s_reservedEnd = (reservedEnd + FrameSize - 1) & ~(FrameSize - 1);
        s_bitmap = (ulong*)KernelHeap.Allocate((nuint)(FrameCount / 8), 8);
        for (ulong i = 0; i < FrameCount / 64; i++) s_bitmap[i] = ~0UL;
        Multiboot.ForEachAvailableRange(&ReleaseRange);
        s_searchHint = s_reservedEnd / FrameSize;
    }

    private static void ReleaseRange(ulong start, ulong length)
    {
        ulong first = (start + FrameSize - 1) / FrameSize;
        ulong end = (start + length) / FrameSize;
        if (end > FrameCount) end = FrameCount;
        for (ulong frame = first; frame < end; frame++)
        {
            if (frame * FrameSize < s_reservedEnd) continue;
            s_bitmap[frame / 64] &= ~(1UL << (int)(frame % 64));
            FreeFrames++;
            TotalFrames++;
        }
    }

    /// <summary>A zeroed 4 KiB frame (physical address = its identity-mapped address), or 0.</summary>
    public static ulong AllocateFrame()
    {
        for (ulong n = 0; n < FrameCount; n++)
        {
            ulong frame = (s_searchHint + n) % FrameCount;
            ulong word = s_bitmap[frame / 64];
            if (word == ~0UL)
            {
                n += 63 - frame % 64;
                continue;
            }
            if ((word & (1UL << (int)(frame % 64))) != 0) continue;
            s_bitmap[frame / 64] = word | (1UL << (int)(frame % 64));
            s_searchHint = frame + 1;
            FreeFrames--;
            ulong address = frame * FrameSize;
            BlockMemory.ZeroPage(address);
            return address;
        }
        return 0;
    }

    public static void FreeFrame(ulong address)
    {
        ulong frame = address / FrameSize;
        if (address < s_reservedEnd || frame >= FrameCount) Panic.Halt("freeing a reserved frame");
        ulong mask = 1UL << (int)(frame % 64);
        if ((s_bitmap[frame / 64] & mask) == 0) Panic.Halt("double free of a frame");
        s_bitmap[frame / 64] &= ~mask;
        FreeFrames++;
    }
}
