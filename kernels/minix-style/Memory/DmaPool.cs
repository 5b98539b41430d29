// Memory a device may reach by DMA, for ring-3 drivers (MINIX 3: alloc_contig and sys_umap):
// physically contiguous frames set aside at boot, before the kernel closes its allocator;
// SYS_UMAP hands out whole pages of it. Page i is always mapped at Window + i pages, so
// no two owners' mappings collide; an ended process's pages return to the pool (zeroed
// when handed out again).
namespace MinixStyle.Memory;

public static unsafe class DmaPool
{
    public const int Pages = 24;     // the ATA driver's, and 5 for each RTL8139 (its 9.5 KiB receive ring, four 1.5 KiB transmit slots)
    public const ulong Window = 0x0000_7000_0000_0000;
    private static ulong s_physical;
    private static int[] s_owner;

    public static void Initialize()
    {
        s_owner = new int[Pages];
        for (int i = 0; i < Pages; i++) s_owner[i] = ProcessTable.NoSlot;
        // Consecutive frames from the bitmap allocator; a gap starts the run again.
        for (int got = 0; got < Pages; got++)
        {
            ulong frame = PhysicalMemory.AllocateFrame();
            if (frame == 0) Panic.Halt("minix-style: no frames for the DMA pool");
            if (got == 0 || frame != s_physical + (ulong)got * 4096) { s_physical = frame; got = 0; }
        }
    }

    /// <summary>Pages enough for <paramref name="bytes"/>, zeroed and mapped into <paramref name="slot"/>; false if the pool has no such run free.</summary>
    public static bool Take(int slot, ulong bytes, out ulong virtualAddress, out ulong physical)
    {
        virtualAddress = physical = 0;
        int want = (int)((bytes + 4095) / 4096);
        if (bytes == 0 || bytes > Pages * 4096UL) return false;
        for (int first = 0; first + want <= Pages; first++)
        {
            int n = 0;
            while (n < want && s_owner[first + n] == ProcessTable.NoSlot) n++;
            if (n < want) continue;
            for (int i = first; i < first + want; i++)
            {
                ulong frame = s_physical + (ulong)i * 4096;
                BlockMemory.ZeroPage(frame);
                ulong at = Window + (ulong)i * 4096;
                if (!ProcessTable.Images[slot].Space.Map(at, frame, PageFlags.User | PageFlags.Writable | PageFlags.NoExecute)) return false;
                s_owner[i] = slot;
            }
            virtualAddress = Window + (ulong)first * 4096;
            physical = s_physical + (ulong)first * 4096;
            return true;
        }
        return false;
    }

    /// <summary>A process ended: its pages are free again.</summary>
    public static void Release(int slot)
    {
        for (int i = 0; i < Pages; i++) if (s_owner[i] == slot) s_owner[i] = ProcessTable.NoSlot;
    }
}
