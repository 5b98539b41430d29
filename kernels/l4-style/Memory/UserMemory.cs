// Reading and writing user memory from the kernel, always through the owning task's page
// tables: a bad pointer from ring 3 yields false, never a kernel page fault.

namespace L4Style.Memory;

public static unsafe class UserMemory
{
    /// <summary>The kernel-usable address of a user byte, or null if the page is not mapped for ring 3 (writable if asked).</summary>
    public static byte* Resolve(Task* task, ulong address, bool write)
    {
        if (address < AddressSpace.UserBase || address >= AddressSpace.UserLimit) return null;
        ulong entry = TaskTable.Spaces[task->Id].Lookup(address);
        ulong need = (ulong)(PageFlags.Present | PageFlags.User) | (write ? (ulong)PageFlags.Writable : 0);
        if ((entry & need) != need) return null;
        return (byte*)((entry & 0x000F_FFFF_FFFF_F000) | (address & 0xFFF));
    }

    public static bool Copy(Task* from, ulong source, Task* to, ulong destination, ulong length)
    {
        while (length > 0)
        {
            byte* src = Resolve(from, source, write: false);
            byte* dst = Resolve(to, destination, write: true);
            if (src == null || dst == null) return false;
            ulong chunk = 4096 - (source & 0xFFF);
            ulong room = 4096 - (destination & 0xFFF);
            if (room < chunk) chunk = room;
            if (length < chunk) chunk = length;
            ulong i = 0;
            for (; i + 8 <= chunk; i += 8) *(ulong*)(dst + i) = *(ulong*)(src + i);
            for (; i < chunk; i++) dst[i] = src[i];
            source += chunk;
            destination += chunk;
            length -= chunk;
        }
        return true;
    }

    public static bool CopyFromKernel(Task* to, byte* source, ulong destination, ulong length)
    {
        for (ulong i = 0; i < length; i++)
        {
            byte* dst = Resolve(to, destination + i, write: true);
            if (dst == null) return false;
            *dst = source[i];
        }
        return true;
    }

    public static bool CopyIn(Task* from, ulong source, void* destination, ulong length)
    {
        byte* dst = (byte*)destination;
        for (ulong i = 0; i < length; i++)
        {
            byte* src = Resolve(from, source + i, write: false);
            if (src == null) return false;
            dst[i] = *src;
        }
        return true;
    }
}
