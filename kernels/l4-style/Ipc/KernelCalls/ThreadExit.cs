// Op.ThreadExit: MR0 = exit code. The exit becomes a message to the task's pager
// (Scheduler/ThreadLifecycle.cs); the thread never runs again.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class ThreadExit
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        ThreadLifecycle.Exit(t, r.Rdi);
        return Status.Ok;
    }
}
