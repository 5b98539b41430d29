// The boot check of Ipc/layout.inc: the assembly (ipc_entry.S, ipc_fastpath.S, resume.S)
// reads and writes TCBs and tasks at the offsets defined there, and compares with state,
// call and selector numbers defined there too. Ipc/layout.S exports every value; this
// compares each with the build's layout (Scheduler/Tcb.cs, Tasks/Task.cs) and the C#
// constants, and halts naming the first that differs (Testbed.Hal.LayoutCheck).

namespace L4Style.Ipc;

public static unsafe class AssemblyLayout
{
    /// <summary>l4_layout in Ipc/layout.S, in its order.</summary>
    private struct Values
    {
        public ulong Rsp, Rip, Rflags, Cr3, ReplyTo, WaitFor, Badge, Task;
        public ulong State, Next, SendQueue, ResumeFull, WakeTick, Regs;
        public ulong Rax, Rbx, Rcx, Rdx, Rsi, Rdi, Rbp, R8;
        public ulong R9, R10, R11, R12, R13, R14, R15;
        public ulong UserTicks, Fx, TcbAlign, Caps, CapSlots, IoMap;
        public ulong Running, Receiving, OpCall, OpReplyWait, OpNull, SlowFlags, UserCs, UserSs;
    }

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_layout_address")] private static extern Values* Address();

    private const string Source = "l4-style Ipc/layout.inc";

    /// <summary><paramref name="tcbs"/>: the TCB array the assembly will be handed pointers into.</summary>
    public static void Check(Tcb* tcbs)
    {
        Values* a = Address();
        Tcb* t = tcbs;
        ulong tb = (ulong)t;
        ref Registers g = ref t->Regs;
        Field("tcb.UserRsp", a->Rsp, (ulong)&t->UserRsp - tb);
        Field("tcb.UserRip", a->Rip, (ulong)&t->UserRip - tb);
        Field("tcb.UserRflags", a->Rflags, (ulong)&t->UserRflags - tb);
        Field("tcb.Cr3", a->Cr3, (ulong)&t->Cr3 - tb);
        Field("tcb.ReplyTo", a->ReplyTo, (ulong)&t->ReplyTo - tb);
        Field("tcb.WaitFor", a->WaitFor, (ulong)&t->WaitFor - tb);
        Field("tcb.Badge", a->Badge, (ulong)&t->Badge - tb);
        Field("tcb.Task", a->Task, (ulong)&t->Task - tb);
        Field("tcb.State", a->State, (ulong)&t->State - tb);
        Field("tcb.Next", a->Next, (ulong)&t->Next - tb);
        Field("tcb.SendQueue", a->SendQueue, (ulong)&t->SendQueue - tb);
        Field("tcb.ResumeFull", a->ResumeFull, (ulong)&t->ResumeFull - tb);
        Field("tcb.WakeTick", a->WakeTick, (ulong)&t->WakeTick - tb);
        Field("tcb.Regs", a->Regs, (ulong)&t->Regs - tb);
        Field("tcb.Regs.Rax", a->Rax, (ulong)&t->Regs.Rax - tb);
        Field("tcb.Regs.Rbx", a->Rbx, (ulong)&t->Regs.Rbx - tb);
        Field("tcb.Regs.Rcx", a->Rcx, (ulong)&t->Regs.Rcx - tb);
        Field("tcb.Regs.Rdx", a->Rdx, (ulong)&t->Regs.Rdx - tb);
        Field("tcb.Regs.Rsi", a->Rsi, (ulong)&t->Regs.Rsi - tb);
        Field("tcb.Regs.Rdi", a->Rdi, (ulong)&t->Regs.Rdi - tb);
        Field("tcb.Regs.Rbp", a->Rbp, (ulong)&t->Regs.Rbp - tb);
        Field("tcb.Regs.R8", a->R8, (ulong)&t->Regs.R8 - tb);
        Field("tcb.Regs.R9", a->R9, (ulong)&t->Regs.R9 - tb);
        Field("tcb.Regs.R10", a->R10, (ulong)&t->Regs.R10 - tb);
        Field("tcb.Regs.R11", a->R11, (ulong)&t->Regs.R11 - tb);
        Field("tcb.Regs.R12", a->R12, (ulong)&t->Regs.R12 - tb);
        Field("tcb.Regs.R13", a->R13, (ulong)&t->Regs.R13 - tb);
        Field("tcb.Regs.R14", a->R14, (ulong)&t->Regs.R14 - tb);
        Field("tcb.Regs.R15", a->R15, (ulong)&t->Regs.R15 - tb);
        Field("tcb.UserTicks", a->UserTicks, (ulong)&t->UserTicks - tb);
        Field("tcb.Fx", a->Fx, (ulong)&t->Fx - tb);
        // fxsave faults unless its area is 16-byte aligned: the TCB array, its stride and Fx.
        Field("tcb alignment (array)", a->TcbAlign, Alignment(tb, a->TcbAlign));
        Field("tcb alignment (size)", a->TcbAlign, Alignment(Tcb.Size, a->TcbAlign));
        Field("tcb alignment (Fx)", a->TcbAlign, Alignment(a->Fx, a->TcbAlign));

        Task task = default;
        ulong kb = (ulong)&task;
        Field("task.Caps", a->Caps, (ulong)&task.Caps - kb);
        Field("task cap slots", a->CapSlots, Task.CapSlots);
        Field("task.IoMapBase", a->IoMap, (ulong)&task.IoMapBase - kb);

        Field("TcbState.Running", a->Running, (ulong)TcbState.Running);
        Field("TcbState.Receiving", a->Receiving, (ulong)TcbState.Receiving);
        Field("Op.Call", a->OpCall, Op.Call);
        Field("Op.ReplyWait", a->OpReplyWait, Op.ReplyWait);
        Field("Op.Null", a->OpNull, Op.Null);
        Field("Op.SlowFlags", a->SlowFlags, Op.SlowFlags);
        Field("Segments.UserCode", a->UserCs, Segments.UserCode);
        Field("Segments.UserData", a->UserSs, Segments.UserData);
    }

    /// <summary>The offsets and numbers checked (for the boot record).</summary>
    public static int Count => sizeof(Values) / sizeof(ulong);

    // Whether value is a multiple of align: align if so, else the remainder (never equal to align).
    private static ulong Alignment(ulong value, ulong align) => align == 0 ? 0 : value % align == 0 ? align : value % align;

    private static void Field(string field, ulong assembly, ulong build) => LayoutCheck.Field(Source, field, assembly, build);
}
