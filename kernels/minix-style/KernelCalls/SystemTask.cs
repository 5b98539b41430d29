// The system task's dispatch (MINIX 3: kernel/system.c): a kernel call is a message whose
// Type is the call number; the caller's call mask is checked, then the handler of that
// number (one file each, MINIX's do_*.c) reads its arguments from the message and writes
// the answer back into it.
namespace MinixStyle.KernelCalls;

public static unsafe class SystemTask
{
    public static long Call(int caller, ulong message)
    {
        Message* m = UserMessage.Resolve(caller, message, forWriting: true);
        if (m == null) return IpcStatus.BadAddress;
        int call = m->Type;
        if (call < 0 || call >= KernelCallNumber.Count) return IpcStatus.BadCall;
        if (!ProcessTable.Procs[caller].Privileges.MayCall(call)) return IpcStatus.CallDenied;
        return call switch
        {
            KernelCallNumber.Null => IpcStatus.Ok,
            KernelCallNumber.Exit => DoExit.Handle(caller, m),
            KernelCallNumber.GetInfo => DoGetInfo.Handle(caller, m),
            KernelCallNumber.DiagCtl => DoDiagCtl.Handle(caller, m),
            KernelCallNumber.SetAlarm => DoSetAlarm.Handle(caller, m),
            _ => IpcStatus.BadCall,
        };
    }
}
