// Every TCB the kernel will ever have, allocated once at boot (16-byte aligned for fxsave),
// and the thread ids (badges) that name them: id = index + 1, so that 0 means nobody.

namespace L4Style.Scheduling;

public static unsafe class ThreadTable
{
    public const int MaxThreads = 96;
    private const ushort DefaultFpuControl = 0x037F;
    private const uint DefaultMxcsr = 0x1F80;

    private static Tcb* s_tcbs;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_get_current")] private static extern Tcb* GetCurrent();

    /// <summary>The thread whose state the kernel is working on (null while idle).</summary>
    public static Tcb* Current => GetCurrent();

    public static void Initialize()
    {
        s_tcbs = (Tcb*)KernelHeap.Allocate((nuint)(MaxThreads * Tcb.Size), 64);
        if (s_tcbs == null) Panic.Halt("l4: no memory for TCBs");
        AssemblyLayout.Check(s_tcbs);   // the assembly's offsets (Ipc/layout.inc) against Tcb's
    }

    public static Tcb* ById(ulong id) => id == 0 || id > MaxThreads ? null : &s_tcbs[id - 1];

    public static Tcb* At(int index) => &s_tcbs[index];

    /// <summary>A fresh TCB in <paramref name="task"/>, not yet runnable; null if none is free.</summary>
    public static Tcb* Allocate(Task* task, int priority)
    {
        for (int i = 0; i < MaxThreads; i++)
        {
            Tcb* t = &s_tcbs[i];
            if (t->State != TcbState.Free) continue;
            byte* raw = (byte*)t;
            for (int b = 0; b < Tcb.Size; b++) raw[b] = 0;
            t->Index = i;
            t->Badge = (ulong)(i + 1);
            t->Task = task;
            t->Cr3 = task->Cr3;
            t->Priority = priority;
            t->State = TcbState.Inactive;
            *(ushort*)&t->Fx = DefaultFpuControl;           // fxsave image: FCW at 0, MXCSR at 24 (Intel SDM vol. 1, 10.5.1)
            *(uint*)(&t->Fx + 24) = DefaultMxcsr;
            task->ThreadCount++;
            return t;
        }
        return null;
    }

    /// <summary>Prepares the first run: iret to rip with rsp, rdi = argument, interrupts on.</summary>
    public static void SetEntry(Tcb* t, ulong rip, ulong rsp, ulong argument)
    {
        t->UserRip = rip;
        t->UserRsp = rsp;
        t->UserRflags = 0x202;
        t->Regs.Rdi = argument;
        t->ResumeFull = 1;
    }
}
