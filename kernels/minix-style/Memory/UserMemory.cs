// A process's memory as the kernel calls reach it (MINIX 3: umap_local and phys_copy):
// page by page through the process's page tables to the identity map of physical memory
// that every address space shares, each page checked present and user, and writable when
// the kernel will write it, as Ipc/UserMessage checks a message. Nothing is mapped for it.
using Testbed.Drivers.Requests;

namespace MinixStyle.Memory;

public static unsafe class UserMemory
{
    /// <summary>The most bytes one kernel call moves (keeps address + length far from wrapping).</summary>
    public const ulong MaxBytes = 1UL << 20;

    /// <summary>Where the kernel reaches <paramref name="address"/> of <paramref name="slot"/>, and the bytes left in its page; null if it is not such memory.</summary>
    public static byte* Page(int slot, ulong address, bool forWriting, out ulong room)
    {
        room = 0x1000 - (address & 0xFFF);
        if (address < AddressSpace.UserBase || address >= AddressSpace.UserLimit) return null;
        ulong entry = ProcessTable.Images[slot].Space.Lookup(address);
        ulong needed = (ulong)(PageFlags.Present | PageFlags.User | (forWriting ? PageFlags.Writable : PageFlags.None));
        if ((entry & needed) != needed) return null;
        return (byte*)((entry & 0x000F_FFFF_FFFF_F000UL) | (address & 0xFFF));
    }

    /// <summary>Copies between two processes' memory (AppBufferCopy, the copy every kernel's disk figures count); false at the first page that is not there.</summary>
    public static bool Copy(int fromSlot, ulong from, int toSlot, ulong to, ulong bytes)
    {
        while (bytes != 0)
        {
            byte* source = Page(fromSlot, from, false, out ulong sourceRoom);
            byte* target = Page(toSlot, to, true, out ulong targetRoom);
            if (source == null || target == null) return false;
            ulong n = bytes < sourceRoom ? bytes : sourceRoom;
            if (targetRoom < n) n = targetRoom;
            AppBufferCopy.Copy(target, source, n);
            from += n;
            to += n;
            bytes -= n;
        }
        return true;
    }
}
