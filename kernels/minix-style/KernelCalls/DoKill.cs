// SYS_KILL (MINIX 3: do_kill): the caller ends another process, with code A2. RS uses it on a
// service that missed its heartbeats (DSN 2007, section 4.2: a hung driver is killed, then
// restarted), and PM on a child its parent asked it to kill; the ending is like any other, so PM
// hears of it and the waiting clients get DeadSource.
namespace MinixStyle.KernelCalls;

public static unsafe class DoKill
{
    public static long Handle(int caller, Message* m)
    {
        int target = ProcessTable.SlotOf((int)(long)m->A1);
        if (target == ProcessTable.NoSlot) return IpcStatus.BadEndpoint;
        if (target == caller || ProcessTable.IsTask(target)) return IpcStatus.BadCall;
        ProcessExit.End(target, (int)(long)m->A2);
        return IpcStatus.Ok;
    }
}
