// SYS_EXIT (MINIX 3: do_exit): a process ends, with code A1. A2 names it: Endpoint.None
// for the caller itself, or another endpoint, which is how PM ends a user process that
// asked it to exit (a user process makes no kernel calls of its own). The exit of a child slot's
// process is stamped (the end of process.fork-exec-to-exit: its exit call reaching the kernel).
namespace MinixStyle.KernelCalls;

public static unsafe class DoExit
{
    public static long Handle(int caller, Message* m)
    {
        int target = (int)(long)m->A2 == Endpoint.None ? caller : ProcessTable.SlotOf((int)(long)m->A2);
        if (target == ProcessTable.NoSlot) return IpcStatus.BadEndpoint;
        if (ChildSlots.Contains(target)) ChildSlots.LastExitTsc = Tsc.Close();     // process.fork-exec-to-exit's window (Tsc.cs)
        ProcessExit.End(target, (int)(long)m->A1);
        return IpcStatus.Ok;
    }
}
