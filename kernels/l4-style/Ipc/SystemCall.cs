// The slow path's entry from assembly (Ipc/ipc_entry.S, l4_syscall_slow): the user state
// is already in the TCB. IPC operations go to IpcSlowPath, everything else to the kernel-call table
// (Ipc/KernelCalls/KernelCallTable.cs).
// A handler returns only if the calling thread goes on running; otherwise it has already
// switched to another thread (or to the idle loop).

namespace L4Style.Ipc;

public static unsafe class SystemCall
{
    public static ulong SlowPathEntries;

    [RuntimeExport("l4_slow_syscall")]
    private static void Enter(Tcb* t)
    {
        SlowPathEntries++;
        t->UserTicks = 0;
        ulong descriptor = t->Regs.Rax;
        ulong op = descriptor & 0xFF;
        if (op >= Op.Send && op <= Op.ReplyWait) IpcSlowPath.Run(t, descriptor);
        else KernelCallTable.Run(t, op);
        Scheduler.Run(t);
    }
}
