// Every trap from ring 3 lands here (the HAL's syscall entry, System V handler): the
// primitive is checked against the caller's privileges, the destination against its send
// mask, then the primitive runs (MINIX 3: do_ipc in kernel/proc.c). Refusals are return
// codes, never faults. The fast path (Ipc/ipc_fastpath.S) comes first and jumps here,
// arguments untouched, for everything it does not complete.
namespace MinixStyle.Ipc;

public static unsafe class SystemCallEntry
{
    public static void Install()
    {
        FastPath.Install();
        // selftest-break=ipc.fastpath.taken: the slow path alone, so that only that check fails.
        if (CommandLine.Breaks("ipc.fastpath.taken")) SystemCalls.SetHandler(&Handle);
    }

    [RuntimeExport("minix_ipc_slowpath")]
    private static ulong Handle(ulong what, ulong endpoint, ulong message, ulong unused3, ulong unused4, ulong unused5) =>
        unchecked((ulong)Dispatch(what, (int)(long)endpoint, message));

    private static long Dispatch(ulong what, int partnerEndpoint, ulong message)
    {
        int caller = Scheduler.Current;
        ref Proc me = ref ProcessTable.Procs[caller];
        if (!me.Privileges.MayUse(what)) return IpcStatus.CallDenied;
        if (what == IpcCall.KernelCall) return SystemTask.Request(caller, message);

        if (what == IpcCall.Receive)
        {
            if (partnerEndpoint != Endpoint.Any && partnerEndpoint != Endpoint.Clock && partnerEndpoint != Endpoint.Hardware && ProcessTable.SlotOf(partnerEndpoint) == ProcessTable.NoSlot)
                return IpcStatus.BadEndpoint;
            return Rendezvous.Receive(caller, partnerEndpoint, message);
        }

        // The send mask before liveness: a process learns nothing of those it may not reach.
        int partner = ProcessTable.SlotOfEndpoint(partnerEndpoint);
        if (partner == ProcessTable.NoSlot) return IpcStatus.BadEndpoint;
        if (!me.Privileges.MaySendTo(partner)) return IpcStatus.CallDenied;
        if (ProcessTable.SlotOf(partnerEndpoint) == ProcessTable.NoSlot || partner == caller) return IpcStatus.BadEndpoint;
        return what switch
        {
            IpcCall.Send => Rendezvous.Send(caller, partner, message, SendMode.Blocking),
            IpcCall.SendNb => Rendezvous.Send(caller, partner, message, SendMode.NonBlocking),
            IpcCall.SendRec => Rendezvous.SendRec(caller, partner, message),
            IpcCall.ReplyReceive => Rendezvous.ReplyReceive(caller, partner, message),
            IpcCall.Notify => Rendezvous.Notify(caller, partner),
            _ => IpcStatus.BadCall,
        };
    }
}
