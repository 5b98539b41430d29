// The IPC primitives (MINIX 3, kernel/proc.c: mini_send, mini_receive, mini_notify). A
// message moves only when both sides are ready, copied by the kernel straight from the
// sender's memory to the receiver's; the kernel keeps no message of its own. A process
// that must wait blocks on its own kernel stack and returns from its system call when its
// partner completes the rendezvous.
namespace MinixStyle.Ipc;

public static unsafe class Rendezvous
{
    /// <summary>
    /// send, sendnb and sendrec. A sendrec sends and receives the reply from the same process
    /// as one operation (MINIX 3: SENDREC sets the caller receiving as soon as its message is
    /// taken, so no reply can come too early), and notifications wait meanwhile; its
    /// destination is made ready but runs only once the caller blocks for the reply, one
    /// process switch each way. A plain send lets a woken destination that outranks the
    /// caller run at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Send(int caller, int destination, ulong message, SendMode mode)
    {
        ref Proc me = ref ProcessTable.Procs[caller];
        bool sendRec = mode == SendMode.AndReceiveReply;
        Message* source = UserMessage.Resolve(caller, message, forWriting: sendRec);
        if (source == null) return IpcStatus.BadAddress;
        if (WaitsFor(ref ProcessTable.Procs[destination], me.Endpoint))
        {
            if (!Deliver(me.Endpoint, source, destination)) return IpcStatus.BadAddress;
            if (!sendRec)
            {
                Scheduler.Woken(destination);
                return IpcStatus.Ok;
            }
            Scheduler.MakeReady(destination);
            me.Receiving = true;
            me.ReceiveFrom = ProcessTable.Procs[destination].Endpoint;
            me.Message = message;
        }
        else
        {
            if (mode == SendMode.NonBlocking) return IpcStatus.NotReady;
            if (DeadlockCheck.WouldDeadlock(caller, destination)) return IpcStatus.Deadlock;
            QueueSender(caller, destination, message);
        }
        // Woken when the message is taken (a send) or by the reply (a sendrec), or by the
        // partner's end with DeadSource.
        me.ReplyPending = sendRec;
        Scheduler.BlockCurrent();
        me.ReplyPending = false;
        return me.Result;
    }

    public static long Receive(int caller, int from, ulong message)
    {
        ref Proc me = ref ProcessTable.Procs[caller];
        Message* target = UserMessage.Resolve(caller, message, forWriting: true);
        if (target == null) return IpcStatus.BadAddress;

        if (!me.ReplyPending && TakeNotification(ref me, from, target)) return IpcStatus.Ok;

        int previous = ProcessTable.NoSlot;
        for (int s = me.FirstSender; s != ProcessTable.NoSlot; previous = s, s = ProcessTable.Procs[s].NextSender)
        {
            ref Proc sender = ref ProcessTable.Procs[s];
            if (from != Endpoint.Any && sender.Endpoint != from) continue;
            if (previous == ProcessTable.NoSlot) me.FirstSender = sender.NextSender;
            else ProcessTable.Procs[previous].NextSender = sender.NextSender;
            Message* source = UserMessage.Resolve(s, sender.Message, forWriting: false);
            sender.Sending = false;
            if (source != null && sender.ReplyPending)
            {
                // A sendrec: its sender now waits for our reply, without running in between.
                UserMessage.Copy(source, target, sender.Endpoint);
                sender.Receiving = true;
                sender.ReceiveFrom = me.Endpoint;
                return IpcStatus.Ok;
            }
            sender.Result = source == null ? IpcStatus.BadAddress : IpcStatus.Ok;
            if (source != null) UserMessage.Copy(source, target, sender.Endpoint);
            Scheduler.Woken(s);
            if (source != null) return IpcStatus.Ok;
        }

        me.Receiving = true;
        me.ReceiveFrom = from;
        me.Message = message;
        Scheduler.BlockCurrent();
        return me.Result;
    }

    public static long SendRec(int caller, int destination, ulong message) =>
        Send(caller, destination, message, SendMode.AndReceiveReply);

    /// <summary>
    /// A server's reply and its next receive in one trap: the reply as a blocking send, then
    /// a receive from any into the same message (after L4's reply-and-wait; README, IPC). If
    /// the reply fails, its status comes back and nothing is received.
    /// </summary>
    public static long ReplyReceive(int caller, int destination, ulong message)
    {
        long sent = Send(caller, destination, message, SendMode.Blocking);
        return sent != IpcStatus.Ok ? sent : Receive(caller, Endpoint.Any, message);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool WaitsFor(ref Proc to, int source) =>
        to.Receiving && (to.ReceiveFrom == Endpoint.Any || to.ReceiveFrom == source);

    // The message copied into a destination that waits for it, which stops receiving; false if its buffer is bad.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Deliver(int sourceEndpoint, Message* source, int destination)
    {
        ref Proc to = ref ProcessTable.Procs[destination];
        Message* target = UserMessage.Resolve(destination, to.Message, forWriting: true);
        if (target == null) return false;
        UserMessage.Copy(source, target, sourceEndpoint);
        to.Receiving = false;
        to.Result = IpcStatus.Ok;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void QueueSender(int caller, int destination, ulong message)
    {
        ref Proc me = ref ProcessTable.Procs[caller];
        me.Sending = true;
        me.SendTo = destination;
        me.Message = message;
        me.NextSender = ProcessTable.NoSlot;
        AppendSender(ref ProcessTable.Procs[destination], caller);
    }

    /// <summary>The pending bit of notifications from CLOCK (above every slot's bit).</summary>
    public const int ClockBit = 63;
    /// <summary>The pending bit of interrupt notifications from HARDWARE (the lines are in the process's IrqPending).</summary>
    public const int HardwareBit = 62;
    /// <summary>The pending bit of notifications from the kernel itself (the tick waking the clock task).</summary>
    public const int KernelBit = 61;

    /// <summary>Never blocks: delivered now if the destination waits for it, else a pending bit (kept once however often it is sent).</summary>
    public static long Notify(int caller, int destination) =>
        NotifyFrom(ProcessTable.Procs[caller].Endpoint, caller, destination);

    /// <summary>
    /// A notification from <paramref name="source"/> (a process, or CLOCK from the tick), pending as
    /// <paramref name="bit"/> if not taken now. A receiver that outranks the caller runs at once
    /// unless <paramref name="runNow"/> is false (the caller is ending a process and must finish first).
    /// </summary>
    public static long NotifyFrom(int source, int bit, int destination, bool runNow = true)
    {
        ref Proc to = ref ProcessTable.Procs[destination];
        if (!to.ReplyPending && WaitsFor(ref to, source))
        {
            Message* target = UserMessage.Resolve(destination, to.Message, forWriting: true);
            if (target != null)
            {
                NotificationMessage(target, source, ref to);
                to.Receiving = false;
                to.Result = IpcStatus.Ok;
                if (runNow) Scheduler.Woken(destination);
                else Scheduler.MakeReady(destination);
                return IpcStatus.Ok;
            }
        }
        to.NotifyPending |= 1UL << bit;
        return IpcStatus.Ok;
    }

    // The index of the lowest set bit of a non-zero word, by halving (the runtime has no BitOperations).
    private static int LowestBit(ulong x)
    {
        int n = 0;
        if ((uint)x == 0) { n = 32; x >>= 32; }
        if ((x & 0xFFFF) == 0) { n += 16; x >>= 16; }
        if ((x & 0xFF) == 0) { n += 8; x >>= 8; }
        if ((x & 0xF) == 0) { n += 4; x >>= 4; }
        if ((x & 0x3) == 0) { n += 2; x >>= 2; }
        if ((x & 0x1) == 0) n += 1;
        return n;
    }

    private static bool TakeNotification(ref Proc me, int from, Message* target)
    {
        // Only the set bits, lowest first: an interrupt's (bit 62) costs a few steps, not a scan of 62.
        for (ulong rest = me.NotifyPending; rest != 0; rest &= rest - 1)
        {
            int s = LowestBit(rest);
            int endpoint = s == ClockBit ? Endpoint.Clock : s == HardwareBit ? Endpoint.Hardware : s == KernelBit ? Endpoint.Kernel : ProcessTable.Procs[s].Endpoint;
            if (from != Endpoint.Any && from != endpoint) continue;
            me.NotifyPending &= ~(1UL << s);
            NotificationMessage(target, endpoint, ref me);
            return true;
        }
        return false;
    }

    // From HARDWARE, A1 holds the lines that fired since the last one (MINIX: NOTIFY_ARG).
    private static void NotificationMessage(Message* target, int source, ref Proc receiver)
    {
        *target = default;
        target->Source = source;
        target->Type = Notification.Type;
        if (source != Endpoint.Hardware) return;
        target->A1 = receiver.IrqPending;
        receiver.IrqPending = 0;
    }

    private static void AppendSender(ref Proc to, int sender)
    {
        if (to.FirstSender == ProcessTable.NoSlot)
        {
            to.FirstSender = sender;
            return;
        }
        int s = to.FirstSender;
        while (ProcessTable.Procs[s].NextSender != ProcessTable.NoSlot) s = ProcessTable.Procs[s].NextSender;
        ProcessTable.Procs[s].NextSender = sender;
    }
}
