// Where a message lies in a process's memory, checked before the kernel touches it: a
// 64-byte-aligned Message (so it never straddles a page) on a present user page, writable
// if the kernel is to write it. The kernel reaches it through the identity map of physical
// memory that every address space shares (MINIX 3: phys_copy after umap_local).
namespace MinixStyle.Ipc;

public static unsafe class UserMessage
{
    /// <summary>The message at <paramref name="address"/> in <paramref name="slot"/>'s memory, or null if it is not a valid message buffer.</summary>
    public static Message* Resolve(int slot, ulong address, bool forWriting)
    {
        if ((address & (Message.Size - 1)) != 0 || address < AddressSpace.UserBase || address >= AddressSpace.UserLimit) return null;
        ulong entry = ProcessTable.Images[slot].Space.Lookup(address);
        PageFlags needed = PageFlags.Present | PageFlags.User | (forWriting ? PageFlags.Writable : PageFlags.None);
        if ((entry & (ulong)needed) != (ulong)needed) return null;
        return (Message*)((entry & 0x000F_FFFF_FFFF_F000UL) | (address & 0xFFF));
    }

    /// <summary>The kernel's copy of one message from sender to receiver, the sender stamped in (MINIX: CopyMess).</summary>
    public static void Copy(Message* from, Message* to, int senderEndpoint)
    {
        *to = *from;
        to->Source = senderEndpoint;
    }
}
