// Each IPC primitive against PM, with the outcome the rendezvous rules demand.

namespace MinixStyle.Processes.IpcTest;

public static unsafe class IpcChecks
{
    public static void Run(Message* m)
    {
        // sendrec: PM answers GetPid with the endpoint the kernel stamped on the request.
        Request(m, PmRequest.GetPid);
        long status = Ipc.SendRec(Endpoint.Pm, m);
        Diag.Check(CheckId.SendRecReply, status == IpcStatus.Ok && m->Type == PmRequest.Reply && (long)m->A1 == Endpoint.IpcTest, (ulong)status);
        Diag.Check(CheckId.SourceStamped, m->Source == Endpoint.Pm, (ulong)(long)m->Source);

        // A sendrec the fast path declines: its message is on the stack, not on the page the
        // kernel resolved last for us (Ipc/ipc_fastpath.S), so the slow path serves it.
        byte* room = stackalloc byte[2 * Message.Size];
        Message* onStack = (Message*)(((ulong)room + Message.Size - 1) & ~(ulong)(Message.Size - 1));
        Request(onStack, PmRequest.GetPid);
        long slow = Ipc.SendRec(Endpoint.Pm, onStack);
        Diag.Check(CheckId.SendRecUncachedPage, slow == IpcStatus.Ok && onStack->Type == PmRequest.Reply && (long)onStack->A1 == Endpoint.IpcTest, (ulong)slow);

        // send, then receive the reply as a separate call.
        Request(m, PmRequest.Null);
        long sent = Ipc.Send(Endpoint.Pm, m);
        long received = Ipc.Receive(Endpoint.Pm, m);
        Diag.Check(CheckId.SendThenReceive, sent == IpcStatus.Ok && received == IpcStatus.Ok && m->Type == PmRequest.Reply, (ulong)received);

        // A cycle of sends: PM sends to us while we send to PM; the second send is refused.
        Request(m, PmRequest.SendBack);
        long first = Ipc.Send(Endpoint.Pm, m);
        Request(m, PmRequest.Null);
        long second = Ipc.Send(Endpoint.Pm, m);
        long back = Ipc.Receive(Endpoint.Pm, m);
        Diag.Check(CheckId.DeadlockRefused, first == IpcStatus.Ok && second == IpcStatus.Deadlock && back == IpcStatus.Ok && m->Type == PmRequest.Reply, (ulong)second);

        // notify during our sendrec waits until the reply is in; then it is one message.
        Request(m, PmRequest.NotifyThenReply);
        long asked = Ipc.SendRec(Endpoint.Pm, m);
        bool replyFirst = asked == IpcStatus.Ok && m->Type == PmRequest.Reply;
        long noted = Ipc.Receive(Endpoint.Pm, m);
        Diag.Check(CheckId.NotifyPendingAfterReply, replyFirst && noted == IpcStatus.Ok && m->Type == Notification.Type && m->Source == Endpoint.Pm, (ulong)(long)m->Type);

        // sendnb to a waiting PM is delivered: PM counts it and says so in its next reply
        // (the count before and after, as another process may ping PM too).
        Request(m, PmRequest.GetPid);
        Ipc.SendRec(Endpoint.Pm, m);
        ulong before = m->A2;
        Request(m, PmRequest.Ping);
        long ping = Ipc.SendNb(Endpoint.Pm, m);
        Request(m, PmRequest.GetPid);
        Ipc.SendRec(Endpoint.Pm, m);
        Diag.Check(CheckId.SendNbDelivered, ping == IpcStatus.Ok && m->A2 == before + 1, m->A2 - before);

        // Refusals: a process that does not exist, a message outside our memory, a call that does not exist.
        Request(m, PmRequest.GetPid);
        // DS's slot under a generation it never had: endpoints name instances, not slots.
        long nobody = Ipc.SendRec(Endpoint.Ds + Endpoint.Slots, m);
        Diag.Check(CheckId.BadEndpoint, nobody == IpcStatus.BadEndpoint, (ulong)nobody);
        long wild = Ipc.SendRec(Endpoint.Pm, (Message*)0x40);
        Diag.Check(CheckId.BadAddress, wild == IpcStatus.BadAddress, (ulong)wild);
        Request(m, 77);
        long unknown = Ipc.KernelCall(m);
        Diag.Check(CheckId.BadKernelCall, unknown == IpcStatus.BadCall, (ulong)unknown);
        // A system process that is not RS may not hand out privileges, not even to itself.
        long privctl = Sys.Call(KernelCallNumber.PrivCtl, (ulong)(long)Endpoint.IpcTest, PrivCtl.SetSystem, PrivCtl.Masks(~0u, ~0u), ~0UL, out _);
        Diag.Check(CheckId.PrivCtlOnlyRs, privctl == IpcStatus.CallDenied, (ulong)privctl);

        Alarm(m);
    }

    // An alarm two ticks ahead comes as a notification from CLOCK.
    public static void Alarm(Message* m)
    {
        Request(m, KernelCallNumber.SetAlarm);
        m->A1 = 2;
        long set = Ipc.KernelCall(m);
        long received = Ipc.Receive(Endpoint.Clock, m);
        Diag.Check(CheckId.AlarmNotifies, set == IpcStatus.Ok && received == IpcStatus.Ok && m->Type == Notification.Type && m->Source == Endpoint.Clock, (ulong)received);
    }

    private static void Request(Message* m, int type)
    {
        *m = default;
        m->Type = type;
    }
}
