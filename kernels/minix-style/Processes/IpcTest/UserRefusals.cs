// What a user process may not do (MINIX 3: USR_T may only sendrec, only to the servers in
// its send mask, and makes no kernel call): each refusal that comes back as CallDenied
// sets one bit of the exit code; the sendrec it may make must work.

namespace MinixStyle.Processes.IpcTest;

public static unsafe class UserRefusals
{
    public static int Probe(Message* m)
    {
        int seen = 0;
        *m = default;
        m->Type = PmRequest.Ping;
        if (Ipc.Send(Endpoint.Pm, m) == IpcStatus.CallDenied) seen |= StartArgument.UserSendDenied;
        if (Ipc.Notify(Endpoint.Pm) == IpcStatus.CallDenied) seen |= StartArgument.UserNotifyDenied;
        // A server's primitive (the fast path's too): its own bit, which a user process lacks.
        // Aimed at itself, so that with the bit (selftest-break) it fails without receiving.
        if (Ipc.ReplyReceive(Endpoint.UserIpcTest, m) == IpcStatus.CallDenied) seen |= StartArgument.UserReplyReceiveDenied;
        m->Type = PmRequest.GetPid;
        if (Ipc.SendRec(Endpoint.IpcTest, m) == IpcStatus.CallDenied) seen |= StartArgument.UserTargetDenied;
        m->Type = KernelCallNumber.Null;
        if (Ipc.KernelCall(m) == IpcStatus.CallDenied) seen |= StartArgument.UserKernelCallDenied;
        *m = default;
        m->Type = PmRequest.GetPid;
        if (Ipc.SendRec(Endpoint.Pm, m) == IpcStatus.Ok && m->Type == PmRequest.Reply && (long)m->A1 == Endpoint.UserIpcTest)
            seen |= StartArgument.UserSendRecAllowed;
        return seen;
    }
}
