// Interrupts and exceptions reach the kernel through the HAL's stubs, which push a full
// frame (every register and the FPU/SSE state) on the kernel stack. A thread interrupted
// in ring 3 has its state copied from that frame into its TCB, so that the kernel can
// resume any thread afterwards, not only the interrupted one.

namespace L4Style.Scheduling;

public static unsafe class InterruptEntry
{
    public static void Save(Tcb* t, InterruptFrame* f)
    {
        t->Regs.Rax = f->Rax; t->Regs.Rbx = f->Rbx; t->Regs.Rcx = f->Rcx; t->Regs.Rdx = f->Rdx;
        t->Regs.Rsi = f->Rsi; t->Regs.Rdi = f->Rdi; t->Regs.Rbp = f->Rbp;
        t->Regs.R8 = f->R8; t->Regs.R9 = f->R9; t->Regs.R10 = f->R10; t->Regs.R11 = f->R11;
        t->Regs.R12 = f->R12; t->Regs.R13 = f->R13; t->Regs.R14 = f->R14; t->Regs.R15 = f->R15;
        t->UserRip = f->Rip;
        t->UserRsp = f->Rsp;
        t->UserRflags = f->Rflags;
        t->ResumeFull = 1;
        // interrupt_stubs.S: the fxsave area is 512 bytes below the frame, 16-byte aligned.
        ulong* fx = (ulong*)(((ulong)f - 512) & ~15UL);
        ulong* to = t->Fxsave;
        for (int i = 0; i < 64; i++) to[i] = fx[i];
    }
}
