// Synchronous IPC, the general case: every combination the fast path declines. A send
// meets a waiting receiver (and the message is copied at once, from the sender's saved
// registers into the receiver's) or the sender waits in the receiver's send queue; the
// kernel never buffers a message (Liedtke 1993, section 5; L4 X.2 manual, "IPC").
// Timeouts: zero (fail at once if the partner is not ready), infinity, or a number of
// timer ticks for a receive.

namespace L4Style.Ipc;

public static unsafe class IpcSlowPath
{
    /// <summary>WaitFor value of a thread waiting for its interrupt line.</summary>
    public static readonly Tcb* IrqMarker = (Tcb*)1;

    public static void Run(Tcb* t, ulong descriptor)
    {
        ulong op = descriptor & 0xFF;
        Tcb** caps = t->Task->CapTable;

        if (op == Op.Send || op == Op.Call)
        {
            Tcb* dest = caps[(descriptor >> Op.DestShift) & 0xFF];
            if (dest == null)
            {
                Refused++;
                Fail(t, Status.NoRight);
                return;
            }
            bool call = op == Op.Call;
            if (!TrySend(t, dest, descriptor, call)) return;      // failed (status set) or queued (switched away)
            if (!call)
            {
                t->Regs.Rax = Status.Ok;
                Scheduler.MakeReady(dest);
                return;
            }
            // The call is delivered: wait for the reply, and let the receiver run now.
            t->State = TcbState.Receiving;
            t->WaitFor = dest;
            dest->ReplyTo = t;
            if ((descriptor & Op.ReceiveTimeoutTicks) != 0) Timeouts.Add(t, Scheduler.Ticks + 1 + t->Regs.R13);
            Scheduler.Run(dest);
        }

        if (op == Op.ReplyWait)
        {
            Tcb* client = t->ReplyTo;
            t->ReplyTo = null;
            if (client != null && Accepts(client, t))
            {
                Transfer(t, client);
                Scheduler.MakeReady(client);
            }
            if (ReceiveNow(t, null, descriptor)) return;
            Scheduler.Reschedule();
        }

        // Receive: from anyone (slot 0), from the interrupt line, or from one thread.
        ulong fromSlot = (descriptor >> Op.FromShift) & 0xFF;
        Tcb* from = null;
        if (fromSlot == Op.IrqSource) from = IrqMarker;
        else if (fromSlot != 0)
        {
            from = caps[fromSlot];
            if (from == null)
            {
                Fail(t, Status.NoRight);
                return;
            }
        }
        if (ReceiveNow(t, from, descriptor)) return;
        Scheduler.Reschedule();
    }

    public static ulong Refused;

    /// <summary>
    /// The send phase: delivers to a waiting receiver (true), or fails with a status in the
    /// sender's rax (false), or queues the sender and switches away (does not return).
    /// </summary>
    private static bool TrySend(Tcb* t, Tcb* dest, ulong descriptor, bool call)
    {
        if (dest->State == TcbState.Free || dest->State == TcbState.Dead)
        {
            Fail(t, Status.Aborted);
            return false;
        }
        if (Accepts(dest, t))
        {
            Transfer(t, dest);
            return true;
        }
        if ((descriptor & Op.SendTimeoutZero) != 0)
        {
            Fail(t, Status.Timeout);
            return false;
        }
        Enqueue(dest, t, call ? ThreadFlags.CallPending : 0);
        // A call with a reply timeout also gives up if it is never even received.
        if (call && (descriptor & Op.ReceiveTimeoutTicks) != 0) Timeouts.Add(t, Scheduler.Ticks + 1 + t->Regs.R13);
        Scheduler.Reschedule();
        return false;
    }

    /// <summary>
    /// A kernel-made message from <paramref name="s"/> (page fault, exception, exit) to its
    /// pager: delivered now with a direct switch to the pager, or queued. Never returns.
    /// </summary>
    public static void KernelSend(Tcb* s, Tcb* pager, bool waitForReply)
    {
        if (Accepts(pager, s))
        {
            Transfer(s, pager);
            Complete(s, pager, waitForReply ? ThreadFlags.CallPending : ThreadFlags.Exiting);
            Scheduler.Run(pager);
        }
        Enqueue(pager, s, waitForReply ? ThreadFlags.CallPending : ThreadFlags.Exiting);
        Scheduler.Reschedule();
    }

    /// <summary>The receive phase: takes a queued message (true: the thread goes on) or blocks (false).</summary>
    private static bool ReceiveNow(Tcb* t, Tcb* from, ulong descriptor)
    {
        if (from == IrqMarker)
        {
            if (t->IrqLines == 0)
            {
                Fail(t, Status.BadArgument);
                return true;
            }
            int line = Drivers.IrqIpc.TakePending(t->IrqLines);
            if (line >= 0)
            {
                Drivers.IrqIpc.Deliver(t, line);
                return true;
            }
            Drivers.IrqIpc.UnmaskAll(t->IrqLines);
        }
        else
        {
            Tcb* s = Dequeue(t, from);
            if (s != null)
            {
                ulong flags = s->Flags;
                Transfer(s, t);
                Complete(s, t, flags);
                return true;
            }
            if (from != null && (from->State == TcbState.Free || from->State == TcbState.Dead))
            {
                Fail(t, Status.Aborted);
                return true;
            }
        }
        if ((descriptor & Op.ReceiveTimeoutZero) != 0)
        {
            Fail(t, Status.Timeout);
            return true;
        }
        t->State = TcbState.Receiving;
        t->WaitFor = from;
        if ((descriptor & Op.ReceiveTimeoutTicks) != 0) Timeouts.Add(t, Scheduler.Ticks + 1 + t->Regs.R13);
        return false;
    }

    // What happens to a sender once its message is delivered.
    private static void Complete(Tcb* s, Tcb* receiver, ulong flags)
    {
        s->Flags = 0;
        s->KernelKind = 0;
        if ((flags & ThreadFlags.Exiting) != 0)
        {
            ThreadLifecycle.Kill(s);
        }
        else if ((flags & ThreadFlags.CallPending) != 0)
        {
            // (a reply timeout, if any, keeps running)
            s->State = TcbState.Receiving;
            s->WaitFor = receiver;
            receiver->ReplyTo = s;
        }
        else
        {
            s->Regs.Rax = Status.Ok;
            Scheduler.MakeReady(s);
        }
    }

    /// <summary>True if <paramref name="r"/> waits for a message that <paramref name="s"/> may send now.</summary>
    public static bool Accepts(Tcb* r, Tcb* s)
    {
        if (r->State != TcbState.Receiving) return false;
        if (r->WaitFor == null) return r->ResumeFull == 0;
        return r->WaitFor == s;
    }

    /// <summary>Copies the message from s into r's registers (the receiver is not made runnable here).</summary>
    public static void Transfer(Tcb* s, Tcb* r)
    {
        Timeouts.Cancel(r);
        r->WaitFor = null;
        ulong descriptor = s->KernelKind != 0 ? 0 : s->Regs.Rax;
        if (r->ResumeFull != 0)
        {
            // r stopped on a fault and waits for its pager's answer: the answer is a mapping at
            // the faulting page, and r resumes at the faulting instruction with its own registers.
            if ((descriptor & Op.MapItem) != 0)
                Memory.MapItems.Map(s->Task, s->Regs.R9, r->Task, r->ReceiveWindow, 0, (descriptor & Op.Grant) != 0);
            r->KernelKind = 0;
            Transfers++;
            return;
        }
        ulong kind = s->KernelKind;
        ulong stringLength = 0;
        if (kind != 0)
        {
            r->Regs.Rdi = s->KernelMr0;
            r->Regs.Rsi = s->KernelMr1;
            r->Regs.Rdx = s->KernelMr2;
            r->Regs.R8 = s->KernelMr3;
            r->Regs.R9 = s->KernelMr4;
            r->Regs.R10 = s->KernelMr5;
        }
        else
        {
            r->Regs.Rdi = s->Regs.Rdi;
            r->Regs.Rsi = s->Regs.Rsi;
            r->Regs.Rdx = s->Regs.Rdx;
            r->Regs.R8 = s->Regs.R8;
            r->Regs.R9 = s->Regs.R9;
            r->Regs.R10 = s->Regs.R10;
            if ((descriptor & Op.StringItem) != 0)
                stringLength = StringCopy.Copy(s, r);
            if ((descriptor & Op.MapItem) != 0)
                Memory.MapItems.Map(s->Task, s->Regs.R9, r->Task, r->Regs.Rbp, s->Regs.R10, (descriptor & Op.Grant) != 0);
        }
        r->Regs.Rbx = s->Badge;
        r->Regs.Rax = Status.Ok | kind << 8 | stringLength << 32;
        Transfers++;
    }

    public static ulong Transfers;

    private static void Fail(Tcb* t, ulong status) => t->Regs.Rax = status;

    private static void Enqueue(Tcb* r, Tcb* s, ulong flags)
    {
        s->State = TcbState.Sending;
        s->Partner = r;
        s->Flags = flags;
        s->Next = null;
        if (r->SendQueueTail == null) r->SendQueue = s; else r->SendQueueTail->Next = s;
        r->SendQueueTail = s;
    }

    /// <summary>Takes the first queued sender (from anyone, or only <paramref name="from"/>) off r's queue.</summary>
    private static Tcb* Dequeue(Tcb* r, Tcb* from)
    {
        Tcb* previous = null;
        for (Tcb* s = r->SendQueue; s != null; previous = s, s = s->Next)
        {
            if (from != null && s != from) continue;
            Unlink(r, s, previous);
            return s;
        }
        return null;
    }

    /// <summary>Removes s from the send queue it waits in (it is being killed).</summary>
    public static void RemoveFromQueue(Tcb* s)
    {
        Tcb* r = s->Partner;
        if (r == null) return;
        Tcb* previous = null;
        for (Tcb* q = r->SendQueue; q != null; previous = q, q = q->Next)
            if (q == s)
            {
                Unlink(r, s, previous);
                return;
            }
    }

    private static void Unlink(Tcb* r, Tcb* s, Tcb* previous)
    {
        if (previous == null) r->SendQueue = s->Next; else previous->Next = s->Next;
        if (r->SendQueueTail == s) r->SendQueueTail = previous;
        s->Next = null;
        s->Partner = null;
    }
}
