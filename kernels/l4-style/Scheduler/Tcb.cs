// The thread control block. Unmanaged and laid out by hand because the IPC fast path
// (Ipc/ipc_fastpath.S) reads and writes it from assembly: the offsets it uses are defined
// once in Ipc/layout.inc, exported by Ipc/layout.S, and compared with these field by field
// at boot (Ipc/AssemblyLayout.cs). A thread that is not running keeps its whole user state here
// (seL4's model: no kernel stack per thread, no kernel continuation): resuming it is
// loading this block and returning to ring 3.
using System.Runtime.InteropServices;

namespace L4Style.Scheduling;

public enum TcbState : int
{
    Free = 0,
    Running = 1,
    Ready = 2,
    Receiving = 3,     // blocked in a receive; WaitFor says from whom (null: anyone)
    Sending = 4,       // queued on Partner's send queue
    Dead = 5,
    Inactive = 6,      // created, not started
}

/// <summary>Saved general registers, in the order layout.inc gives them.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct Registers
{
    public ulong Rax, Rbx, Rcx, Rdx, Rsi, Rdi, Rbp, R8, R9, R10, R11, R12, R13, R14, R15;
}

[StructLayout(LayoutKind.Explicit, Size = Tcb.Size)]
public unsafe struct Tcb
{
    public const int Size = 1024;

    // --- read by the fast path ---
    [FieldOffset(0)] public ulong UserRsp;
    [FieldOffset(8)] public ulong UserRip;
    [FieldOffset(16)] public ulong UserRflags;
    [FieldOffset(24)] public ulong Cr3;
    [FieldOffset(32)] public Tcb* ReplyTo;        // the caller this thread owes a reply: the implicit reply right
    [FieldOffset(40)] public Tcb* WaitFor;        // closed receive: the only acceptable sender (null: any)
    [FieldOffset(48)] public ulong Badge;         // what receivers see in rbx: the thread id
    [FieldOffset(56)] public Task* Task;
    [FieldOffset(64)] public TcbState State;
    [FieldOffset(68)] public int Priority;
    [FieldOffset(72)] public Tcb* Next;           // ready queue or send queue link
    [FieldOffset(80)] public Tcb* SendQueue;      // threads blocked sending to this one (FIFO)
    [FieldOffset(88)] public ulong ResumeFull;    // 0: resume with sysret (entered by syscall); 1: iret, every register
    [FieldOffset(96)] public ulong WakeTick;      // a finite timeout is running: the tick at which it expires (0: none)
    [FieldOffset(232)] public ulong UserTicks;    // timer ticks spent in ring 3 since its last system call (a heartbeat)
    [FieldOffset(104)] public Registers Regs;     // 104 .. 224
    [FieldOffset(256)] public byte Fx;            // fxsave area, 512 bytes, 16-byte aligned: 256 .. 768

    // --- slow path only ---
    [FieldOffset(768)] public Tcb* SendQueueTail;
    [FieldOffset(776)] public Tcb* Partner;       // Sending: to whom; Receiving after a call: from whom
    [FieldOffset(784)] public ulong Flags;        // ThreadFlags
    [FieldOffset(800)] public ulong KernelKind;   // a kernel-made message (page fault, exception, exit) waiting to be delivered
    [FieldOffset(808)] public ulong KernelMr0;
    [FieldOffset(816)] public ulong KernelMr1;
    [FieldOffset(824)] public ulong KernelMr2;
    [FieldOffset(832)] public ulong KernelMr3;
    [FieldOffset(872)] public ulong KernelMr4;    // a fault: the counter at its entry into the kernel (FaultEntry.Tsc)
    [FieldOffset(880)] public ulong KernelMr5;    // a fault: IdleClock.Halted then (docs/recovery.md)
    [FieldOffset(840)] public ulong ReceiveWindow; // for a page fault: the page to map the pager's answer at
    [FieldOffset(848)] public int Index;          // slot in ThreadTable
    [FieldOffset(864)] public ulong IrqLines;     // bit per interrupt line this thread handles
    [FieldOffset(856)] public Tcb* TimeoutNext;   // list of threads with a finite timeout

    public ulong* Fxsave => (ulong*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref Fx);
}

public static class ThreadFlags
{
    public const ulong CallPending = 1;    // after the send completes, receive from Partner (a call)
    public const ulong Exiting = 2;        // the message in the queue is this thread's exit: dead once delivered
}
