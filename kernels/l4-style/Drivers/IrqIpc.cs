// Interrupts at user level: a hardware interrupt becomes a message to the thread attached
// to its line, from a pseudo-sender with badge 0x1000 + line (L4 X.2 manual, "Interrupts").
// The line stays masked from the interrupt until the handler waits for it again, so a
// driver sees each interrupt once and a dead driver cannot flood the kernel (the HAL's
// IrqLines counts and masks; this file is the policy: what a fired line wakes). A handler
// waiting for its line runs at once, preempting whatever ran.

namespace L4Style.Drivers;

public static unsafe class IrqIpc
{
    public const int Lines = 16;
    public const ulong BadgeBase = 0x1000;
    private static Tcb** s_handlers;
    private static ulong s_pending;      // lines that fired while their handler was not waiting
    public static ulong Delivered;

    // A fired line wakes the thread attached to it, if that thread is waiting for it.
    private struct ToAttachedThread : IIrqPolicy
    {
        public void Fired(InterruptFrame* frame, int line) => OnFired(frame, line);
    }

    public static void Initialize()
    {
        s_handlers = (Tcb**)KernelHeap.Allocate(Lines * 8, 8);
        IrqLines<ToAttachedThread>.Initialize();
    }

    public static bool Attach(Tcb* t, int line)
    {
        if (!IrqLines<ToAttachedThread>.IsDeviceLine(line)) return false;   // 0 is the kernel's timer, 2 the cascade
        if (s_handlers[line] != null && s_handlers[line] != t) return false;
        s_handlers[line] = t;
        t->IrqLines |= 1UL << line;
        s_pending &= ~(1UL << line);
        IrqLines<ToAttachedThread>.Clear(line);
        IrqLines<ToAttachedThread>.Connect(line);
        return true;
    }

    public static void Detach(Tcb* t)
    {
        for (int line = 0; line < Lines; line++)
        {
            if ((t->IrqLines & (1UL << line)) == 0) continue;
            IrqLines<ToAttachedThread>.Disconnect(line);
            s_handlers[line] = null;
            s_pending &= ~(1UL << line);
        }
        t->IrqLines = 0;
    }

    /// <summary>A line of <paramref name="lines"/> that fired while nobody waited (-1: none); it counts as delivered.</summary>
    public static int TakePending(ulong lines)
    {
        ulong pending = s_pending & lines;
        if (pending == 0) return -1;
        int line = 0;
        while ((pending & (1UL << line)) == 0) line++;
        s_pending &= ~(1UL << line);
        return line;
    }

    /// <summary>The handler waits again: its lines may interrupt again.</summary>
    public static void UnmaskAll(ulong lines)
    {
        for (int line = 0; lines != 0; line++, lines >>= 1)
            if ((lines & 1) != 0) IrqLines<ToAttachedThread>.Rearm(line);
    }

    public static void Deliver(Tcb* t, int line)
    {
        t->Regs.Rax = Status.Ok | Kind.Interrupt << 8;
        t->Regs.Rbx = BadgeBase + (ulong)line;
        t->Regs.Rdi = (ulong)line;
        t->WaitFor = null;
        Delivered++;
    }

    // The line is masked and counted (the count is only a statistic here); a handler not
    // waiting for it finds it pending later. Inlined into the HAL's handler: one function,
    // as the interrupt path was before the HAL owned the line.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void OnFired(InterruptFrame* frame, int line)
    {
        Tcb* handler = s_handlers[line];
        if (handler == null) return;
        if (handler->State != TcbState.Receiving || handler->WaitFor != Ipc.IpcSlowPath.IrqMarker)
        {
            s_pending |= 1UL << line;
            return;
        }
        Timeouts.Cancel(handler);
        Deliver(handler, line);
        Tcb* current = ThreadTable.Current;
        if (frame->FromUserMode && current != null)
        {
            InterruptEntry.Save(current, frame);
            Scheduler.MakeReady(current);
        }
        Scheduler.Run(handler);
    }
}
