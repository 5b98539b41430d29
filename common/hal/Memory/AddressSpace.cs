// An address space: a PML4 of 4 KiB-page mappings. The kernel half (PML4 slot 0: the
// identity map of the first gigabyte, supervisor-only) is shared by every space; user
// mappings live at and above UserBase (PML4 slots 1..255), private to each space. The
// higher half (slots 256..511, from HigherHalfBase) is kernel space too: whatever a kernel
// maps there in the boot space before it creates other spaces is shared by them
// (a monolithic kernel's driver images live there).
namespace Testbed.Hal;

public sealed unsafe class AddressSpace
{
    public const ulong UserBase = 0x0000_0080_0000_0000;    // 512 GiB: PML4 slot 1
    public const ulong UserLimit = 0x0000_8000_0000_0000;   // canonical lower half
    public const ulong HigherHalfBase = 0xFFFF_8000_0000_0000; // PML4 slot 256
    private const ulong AddressMask = 0x000F_FFFF_FFFF_F000;

    private static AddressSpace s_kernel;
    private static AddressSpace s_current;

    public ulong Root { get; }

    private AddressSpace(ulong root) { Root = root; }

    /// <summary>The boot address space (kernel half only).</summary>
    public static AddressSpace Kernel => s_kernel;
    public static AddressSpace Current => s_current;
    /// <summary>Where the active space is recorded, for a fast path that writes CR3 itself (kernels/minix-style/Ipc/ipc_fastpath.S): it must record the space it activates here.</summary>
    public static ulong CurrentSlotAddress => (ulong)System.Runtime.CompilerServices.Unsafe.AsPointer(ref s_current);

    internal static void Initialize()
    {
        s_kernel = new AddressSpace(Cpu.ReadCr3() & AddressMask);
        s_current = s_kernel;
    }

    /// <summary>A new space sharing the kernel half, with no user mappings.</summary>
    public static AddressSpace Create()
    {
        ulong root = PhysicalMemory.AllocateFrame();
        if (root == 0) return null;
        ((ulong*)root)[0] = ((ulong*)s_kernel.Root)[0];
        for (int slot = 256; slot < 512; slot++) ((ulong*)root)[slot] = ((ulong*)s_kernel.Root)[slot];
        return new AddressSpace(root);
    }

    public void Activate()
    {
        if (s_current == this) return;
        Cpu.WriteCr3(Root);
        s_current = this;
    }

    /// <summary>Maps one 4 KiB page. Returns false if out of frames or the page is already mapped.</summary>
    public bool Map(ulong virtualAddress, ulong physicalAddress, PageFlags flags)
    {
        ulong* entry = Walk(virtualAddress, create: true, (flags & PageFlags.User) != 0);
        if (entry == null || (*entry & (ulong)PageFlags.Present) != 0) return false;
        *entry = (physicalAddress & AddressMask) | (ulong)(flags | PageFlags.Present);
        return true;
    }

    /// <summary>Removes a mapping and returns the frame it pointed at (0 if none).</summary>
    public ulong Unmap(ulong virtualAddress)
    {
        ulong* entry = Walk(virtualAddress, create: false, user: false);
        if (entry == null || (*entry & (ulong)PageFlags.Present) == 0) return 0;
        ulong frame = *entry & AddressMask;
        *entry = 0;
        if (s_current == this) Cpu.InvalidatePage(virtualAddress);
        return frame;
    }

    /// <summary>The page table entry for an address (0 if unmapped).</summary>
    public ulong Lookup(ulong virtualAddress)
    {
        ulong* entry = Walk(virtualAddress, create: false, user: false);
        return entry == null ? 0 : *entry;
    }

    public ulong Translate(ulong virtualAddress)
    {
        ulong entry = Lookup(virtualAddress);
        return (entry & (ulong)PageFlags.Present) == 0 ? 0 : (entry & AddressMask) | (virtualAddress & 0xFFF);
    }

    /// <summary>Changes the flags of a mapped page (for example to make it read-only).</summary>
    public bool Protect(ulong virtualAddress, PageFlags flags)
    {
        ulong* entry = Walk(virtualAddress, create: false, user: false);
        if (entry == null || (*entry & (ulong)PageFlags.Present) == 0) return false;
        *entry = (*entry & AddressMask) | (ulong)(flags | PageFlags.Present);
        if (s_current == this) Cpu.InvalidatePage(virtualAddress);
        return true;
    }

    /// <summary>Frees the user-half page tables (not the frames they map: those belong to their owner).</summary>
    public void Destroy()
    {
        if (this == s_kernel || this == s_current) Panic.Halt("destroying the active address space");
        ulong* pml4 = (ulong*)Root;
        for (int i = 1; i < 256; i++) FreeTable(pml4[i], 3);
        PhysicalMemory.FreeFrame(Root);
    }

    /// <summary>
    /// Frees the user-half page tables and leaves the space empty but usable, its root and
    /// kernel half kept: a process reloaded in place (UserProcess.Reload) keeps its space.
    /// The frames the tables mapped are their owner's to free first.
    /// </summary>
    public void ClearUser()
    {
        if (this == s_kernel || this == s_current) Panic.Halt("clearing the active address space");
        ulong* pml4 = (ulong*)Root;
        for (int i = 1; i < 256; i++)
        {
            FreeTable(pml4[i], 3);
            pml4[i] = 0;
        }
    }

    private static void FreeTable(ulong entry, int level)
    {
        if ((entry & (ulong)PageFlags.Present) == 0) return;
        ulong* table = (ulong*)(entry & AddressMask);
        if (level > 1)
            for (int i = 0; i < 512; i++) FreeTable(table[i], level - 1);
        PhysicalMemory.FreeFrame((ulong)table);
    }

    private ulong* Walk(ulong virtualAddress, bool create, bool user)
    {
        ulong* table = (ulong*)Root;
        for (int shift = 39; shift > 12; shift -= 9)
        {
            ulong* entry = &table[(virtualAddress >> shift) & 511];
            if ((*entry & (ulong)PageFlags.Present) == 0)
            {
                if (!create) return null;
                ulong frame = PhysicalMemory.AllocateFrame();
                if (frame == 0) return null;
                *entry = frame | (ulong)(PageFlags.Present | PageFlags.Writable | (user ? PageFlags.User : 0));
            }
            else if ((*entry & (ulong)PageFlags.Large) != 0)
            {
                return null;   // inside the kernel's 2 MiB identity mappings
            }
            table = (ulong*)(*entry & AddressMask);
        }
        return &table[(virtualAddress >> 12) & 511];
    }
}
