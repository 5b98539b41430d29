// Op.Unmap: MR0 = fpage, MR1 = 1 to flush the caller's own mapping too -> MR0 = pages
// revoked. Every mapping derived from the caller's goes, recursively (Liedtke 1995).

namespace L4Style.Ipc.KernelCalls;

public static unsafe class Unmap
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        r.Rdi = MapItems.Unmap(t->Task, r.Rdi, r.Rsi != 0);
        return Status.Ok;
    }
}
