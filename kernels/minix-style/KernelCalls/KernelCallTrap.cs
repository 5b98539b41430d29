// Kernel calls in the caller's trap (MINIX 3.2: kernel_call in kernel/system.c, which made
// the system task's message round trip a function call): the handler runs on the caller's own
// message, in place through the identity map, and the caller returns from the same trap. No
// process switch, no copy in or out. Calls that end or replace a process, or change which
// processes run, still go to the system task: their handlers assume the caller waits in its
// sendrec (exit, kill, exec, fork, clear, privctl).
namespace MinixStyle.KernelCalls;

public static unsafe class KernelCallTrap
{
    public static long Call(int caller, ulong message)
    {
        Message* m = UserMessage.Resolve(caller, message, forWriting: true);
        if (m == null) return IpcStatus.BadAddress;
        int call = m->Type;
        if (!RunsInTrap(call)) return SystemTask.ToTask(caller, message);
        m->Source = ProcessTable.Procs[caller].Endpoint;
        long status = SystemTask.Call(caller, m);
        m->Type = (int)status;
        return status;
    }

    private static bool RunsInTrap(int call) => call != KernelCallNumber.Exit && call != KernelCallNumber.Kill && call != KernelCallNumber.Exec
        && call != KernelCallNumber.Fork && call != KernelCallNumber.Clear && call != KernelCallNumber.PrivCtl;
}
