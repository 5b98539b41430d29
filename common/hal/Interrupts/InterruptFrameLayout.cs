// The boot check of the interrupt frame: Interrupts/interrupt_stubs.S derives each
// register's offset from its push order (the SAVE macro) and exports them, with the
// vector, error code and the CPU's part, as tb_interrupt_frame_layout; this compares each
// with InterruptFrame, which C# reads and writes (fault handlers, Thread.CreateUser's
// first frame) and tb_interrupt_return pops, and halts naming the first that differs.
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Hal;

internal static unsafe class InterruptFrameLayout
{
    private struct Values
    {
        public ulong R15, R14, R13, R12, R11, R10, R9, R8;
        public ulong Rbp, Rdi, Rsi, Rdx, Rcx, Rbx, Rax;
        public ulong Vector, ErrorCode, Rip, Cs, Rflags, Rsp, Ss;
    }

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_interrupt_frame_layout")] private static extern Values* Address();

    private const string Source = "common/hal Interrupts/interrupt_stubs.S";

    public static void Check()
    {
        Values* a = Address();
        InterruptFrame f = default;
        ulong b = (ulong)&f;
        Field("InterruptFrame.R15", a->R15, (ulong)&f.R15 - b);
        Field("InterruptFrame.R14", a->R14, (ulong)&f.R14 - b);
        Field("InterruptFrame.R13", a->R13, (ulong)&f.R13 - b);
        Field("InterruptFrame.R12", a->R12, (ulong)&f.R12 - b);
        Field("InterruptFrame.R11", a->R11, (ulong)&f.R11 - b);
        Field("InterruptFrame.R10", a->R10, (ulong)&f.R10 - b);
        Field("InterruptFrame.R9", a->R9, (ulong)&f.R9 - b);
        Field("InterruptFrame.R8", a->R8, (ulong)&f.R8 - b);
        Field("InterruptFrame.Rbp", a->Rbp, (ulong)&f.Rbp - b);
        Field("InterruptFrame.Rdi", a->Rdi, (ulong)&f.Rdi - b);
        Field("InterruptFrame.Rsi", a->Rsi, (ulong)&f.Rsi - b);
        Field("InterruptFrame.Rdx", a->Rdx, (ulong)&f.Rdx - b);
        Field("InterruptFrame.Rcx", a->Rcx, (ulong)&f.Rcx - b);
        Field("InterruptFrame.Rbx", a->Rbx, (ulong)&f.Rbx - b);
        Field("InterruptFrame.Rax", a->Rax, (ulong)&f.Rax - b);
        Field("InterruptFrame.Vector", a->Vector, (ulong)&f.Vector - b);
        Field("InterruptFrame.ErrorCode", a->ErrorCode, (ulong)&f.ErrorCode - b);
        Field("InterruptFrame.Rip", a->Rip, (ulong)&f.Rip - b);
        Field("InterruptFrame.Cs", a->Cs, (ulong)&f.Cs - b);
        Field("InterruptFrame.Rflags", a->Rflags, (ulong)&f.Rflags - b);
        Field("InterruptFrame.Rsp", a->Rsp, (ulong)&f.Rsp - b);
        Field("InterruptFrame.Ss", a->Ss, (ulong)&f.Ss - b);
        Field("sizeof(InterruptFrame)", a->Ss + 8, (ulong)sizeof(InterruptFrame));
    }

    private static void Field(string field, ulong assembly, ulong build) => LayoutCheck.Field(Source, field, assembly, build);
}
