// Memory a device may reach for a driver SIP: physically contiguous and identity-mapped
// (frames below 1 GiB are addressable at their physical address). Each SIP slot has one
// pool, taken from the kernel heap the first time and kept for the slot: a restarted
// driver gets the same memory back, so a device still writing into a dead driver's
// receive ring never writes anywhere else.

namespace Singularity.Drivers;

public static unsafe class DmaPool
{
    public const ulong PoolBytes = 64 * 1024;
    private static ulong[] s_base = new ulong[SipRegion.Slots];
    private static ulong[] s_used = new ulong[SipRegion.Slots];

    public static ulong Allocate(Sip sip, ulong bytes)
    {
        int slot = sip.Slot;
        if (!sip.MastersBus) return 0;                            // only drivers of devices the kernel let master the bus
        if (s_base[slot] == 0) s_base[slot] = (ulong)KernelHeap.Allocate((nuint)PoolBytes, 4096);
        ulong size = (bytes + 15) & ~15UL;
        if (s_base[slot] == 0 || s_used[slot] + size > PoolBytes) return 0;
        ulong address = s_base[slot] + s_used[slot];
        s_used[slot] += size;
        for (ulong i = 0; i < size / 8; i++) ((ulong*)address)[i] = 0;
        return address;
    }

    public static void Release(Sip sip) => s_used[sip.Slot] = 0;
}
