// SYS_UMAP (MINIX 3: do_umap, with the contiguous allocation a driver's alloc_contig asks
// of VM): DMA memory for a driver, from the pool reserved at boot (Memory/DmaPool.cs):
// zeroed, physically contiguous, mapped into the caller; A1 = its virtual and A2 its
// physical address, which the driver tells its device.
namespace MinixStyle.KernelCalls;

public static unsafe class DoUmap
{
    public static long Handle(int caller, Message* m)
    {
        if (!DmaPool.Take(caller, m->A1, out ulong virtualAddress, out ulong physical)) return IpcStatus.BadCall;
        m->A1 = virtualAddress;
        m->A2 = physical;
        return IpcStatus.Ok;
    }
}
