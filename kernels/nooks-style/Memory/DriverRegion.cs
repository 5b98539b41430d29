// A driver's part of kernel space: one higher-half PML4 slot (512 GiB) per driver, so that
// a protection domain can give the driver exactly its own slot writable. Layout from the
// slot's base (the driver image's link address):
//   +0        the image (text, rodata, data, bss), from the boot module
//   +32 MiB   the driver's stack (with isolation on, the driver runs on it)
//   +48 MiB   DMA buffers the driver asked for (kernel-owned: reused after a restart)
//   +64 MiB   copies: the objects a call hands the driver, and the I/O transfer buffer
// The slot is mapped in the kernel's boot space before any process exists, so every
// address space shares it (AddressSpace.Create copies the higher half).
using Testbed.Drivers.Environment;

namespace NooksStyle.Memory;

public sealed unsafe class DriverRegion
{
    public const ulong SlotSize = 512UL << 30;
    private const ulong StackOffset = 32UL << 20, DmaOffset = 48UL << 20, CopiesOffset = 64UL << 20;
    public const int StackPages = 8;
    public const int CopyPages = 1, TransferPages = 1;
    private const int MaxDmaBuffers = 8;

    public ulong Base { get; }
    public int Slot => (int)((Base >> 39) & 511);
    public ulong ImageLimit => Base + StackOffset - 0x10_0000;
    public ulong StackTop => Base + StackOffset + StackPages * 4096UL;
    /// <summary>One page for the objects of one call (request, reply, config, info), copied in by the wrappers.</summary>
    public byte* Copies => (byte*)(Base + CopiesOffset);
    /// <summary>The I/O buffer of the request in flight: a block, or a frame.</summary>
    public byte* Transfer => (byte*)(Base + CopiesOffset + CopyPages * 4096UL);

    private readonly DmaBuffer[] _dma = new DmaBuffer[MaxDmaBuffers];
    private int _dmaCount, _dmaHandedOut;
    private ulong _dmaNext;

    public DriverRegion(ulong baseAddress)
    {
        Base = baseAddress;
        _dmaNext = baseAddress + DmaOffset;
        MapFresh(Base + StackOffset, StackPages);
        MapFresh(Base + CopiesOffset, CopyPages + TransferPages);
    }

    /// <summary>
    /// DMA memory for the driver. After a restart the same buffers are handed out again in
    /// the same order (zeroed), so a reloaded driver does not leak the old one's.
    /// </summary>
    public DmaBuffer AllocateDma(uint bytes)
    {
        if (_dmaHandedOut < _dmaCount)
        {
            DmaBuffer old = _dma[_dmaHandedOut];
            if (old.Size >= bytes)
            {
                _dmaHandedOut++;
                Zero(old.Virtual, old.Size);
                return old;
            }
            return default;
        }
        if (_dmaCount == MaxDmaBuffers || bytes == 0 || bytes > 64 * 1024) return default;
        int pages = (int)((bytes + 4095) / 4096);
        ulong physical = ContiguousFrames(pages);
        if (physical == 0) return default;
        ulong virtualAddress = _dmaNext;
        for (int i = 0; i < pages; i++)
            AddressSpace.Kernel.Map(virtualAddress + (ulong)i * 4096, physical + (ulong)i * 4096, PageFlags.Writable | PageFlags.NoExecute);
        _dmaNext += (ulong)(pages + 1) * 4096;   // an unmapped guard page between buffers
        var buffer = new DmaBuffer { Virtual = (byte*)virtualAddress, Physical = physical, Size = (uint)pages * 4096 };
        _dma[_dmaCount++] = buffer;
        _dmaHandedOut++;
        return buffer;
    }

    /// <summary>What a restart releases: the DMA hand-out order starts again, the stack and copies are wiped.</summary>
    public void ReleaseForRestart()
    {
        _dmaHandedOut = 0;
        Zero((byte*)(Base + StackOffset), StackPages * 4096);
        Zero(Copies, (CopyPages + TransferPages) * 4096);
    }

    /// <summary>Unmaps and frees the image's pages in [start, end).</summary>
    public static void UnmapImage(ulong start, ulong end)
    {
        for (ulong page = start; page < end; page += 4096)
        {
            ulong frame = AddressSpace.Kernel.Unmap(page);
            if (frame != 0) PhysicalMemory.FreeFrame(frame);
        }
    }

    private static void MapFresh(ulong start, int pages)
    {
        for (int i = 0; i < pages; i++)
        {
            ulong frame = PhysicalMemory.AllocateFrame();
            if (frame == 0 || !AddressSpace.Kernel.Map(start + (ulong)i * 4096, frame, PageFlags.Writable | PageFlags.NoExecute))
                Panic.Halt("nooks: cannot map a driver region");
        }
    }

    // The frame allocator hands out ascending frames; take a run of them.
    private static ulong ContiguousFrames(int pages)
    {
        for (int attempt = 0; attempt < 16; attempt++)
        {
            ulong first = PhysicalMemory.AllocateFrame();
            if (first == 0) return 0;
            int got = 1;
            while (got < pages)
            {
                ulong next = PhysicalMemory.AllocateFrame();
                if (next != first + (ulong)got * 4096)
                {
                    if (next != 0) PhysicalMemory.FreeFrame(next);
                    break;
                }
                got++;
            }
            if (got == pages) return first;
        }
        return 0;
    }

    public static void Zero(byte* memory, ulong bytes)
    {
        for (ulong i = 0; i < bytes / 8; i++) ((ulong*)memory)[i] = 0;
    }
}
