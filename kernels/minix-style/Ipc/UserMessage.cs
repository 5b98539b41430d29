// Where a message lies in a process's memory, checked before the kernel touches it: a
// 64-byte-aligned Message (so it never straddles a page) on a present user page, writable
// if the kernel is to write it. The kernel reaches it through the identity map of physical
// memory that every address space shares (MINIX 3: phys_copy after umap_local). The last
// page table entry found for each process's messages is kept (a one-entry software TLB):
// processes send and receive from the same buffer over and over. Every kernel path that
// changes a process's mappings must call Forget for it (today only ProcessExit does: no
// mapping changes after the boot image is loaded).
namespace MinixStyle.Ipc;

public static unsafe class UserMessage
{
    /// <summary>The message at <paramref name="address"/> in <paramref name="slot"/>'s memory, or null if it is not a valid message buffer (a ring-3 process's; the kernel tasks' are trusted).</summary>
    public static Message* Resolve(int slot, ulong address, bool forWriting)
    {
        // A kernel task's messages are kernel memory, named by their address.
        if (ProcessTable.IsTask(slot)) return (Message*)address;
        if ((address & (Message.Size - 1)) != 0 || address < AddressSpace.UserBase || address >= AddressSpace.UserLimit) return null;
        ref Proc p = ref ProcessTable.Procs[slot];
        ulong page = address & ~0xFFFUL;
        ulong entry;
        if (p.MessagePage == page) entry = p.MessagePageEntry;
        else
        {
            entry = ProcessTable.Images[slot].Space.Lookup(address);
            p.MessagePage = page;
            p.MessagePageEntry = entry;
            // The fast path's form of the same entry: one compare, one add (Ipc/ipc_fastpath.S).
            const ulong usable = (ulong)(PageFlags.Present | PageFlags.User | PageFlags.Writable);
            p.WritableMessagePage = (entry & usable) == usable ? page : 0;
            p.MessagePhysicalOffset = (entry & PhysicalMask) - page;
        }
        PageFlags needed = PageFlags.Present | PageFlags.User | (forWriting ? PageFlags.Writable : PageFlags.None);
        if ((entry & (ulong)needed) != (ulong)needed) return null;
        return (Message*)((entry & PhysicalMask) | (address & 0xFFF));
    }

    private const ulong PhysicalMask = 0x000F_FFFF_FFFF_F000UL;

    /// <summary>Drops the kept page table entry of <paramref name="slot"/>: its mappings changed.</summary>
    public static void Forget(int slot) => ProcessTable.Procs[slot].MessagePage = ProcessTable.Procs[slot].WritableMessagePage = 0;

    /// <summary>The kernel's copy of one message from sender to receiver, the sender stamped in (MINIX: CopyMess).</summary>
    public static void Copy(Message* from, Message* to, int senderEndpoint)
    {
        *to = *from;
        to->Source = senderEndpoint;
    }
}
