// Nooks' lightweight kernel protection domain (Swift et al., SOSP 2003, section 4.1): a
// second set of page tables for one driver, in which all of kernel memory is mapped
// read-only and only the driver's own slot (its image, stack, DMA buffers and the copies
// it is handed) is writable. x86 combines the writable bits of every level of the walk,
// so clearing W in the PML4 entry of the kernel's identity map makes the whole gigabyte
// read-only without copying a single lower-level table. CR0.WP (set at boot) makes ring 0
// honour it. User space is not mapped at all: the kernel copies what the driver needs.

namespace NooksStyle.Memory;

public sealed unsafe class ProtectionDomain
{
    /// <summary>The CR3 value of the domain.</summary>
    public ulong Root { get; }

    public ProtectionDomain(DriverRegion region)
    {
        Root = PhysicalMemory.AllocateFrame();
        if (Root == 0) Panic.Halt("nooks: no frame for a protection domain");
        ulong* kernel = (ulong*)AddressSpace.Kernel.Root;
        ulong* view = (ulong*)Root;
        view[0] = kernel[0] & ~(ulong)PageFlags.Writable;
        view[region.Slot] = kernel[region.Slot];
    }
}
