// What Interrupts/interrupt_stubs.S saves on entry, in memory order from the frame pointer.
using System.Runtime.InteropServices;

namespace Testbed.Hal;

[StructLayout(LayoutKind.Sequential)]
public struct InterruptFrame
{
    public ulong R15, R14, R13, R12, R11, R10, R9, R8;
    public ulong Rbp, Rdi, Rsi, Rdx, Rcx, Rbx, Rax;
    public ulong Vector, ErrorCode;
    // Pushed by the CPU.
    public ulong Rip, Cs, Rflags, Rsp, Ss;

    public readonly bool FromUserMode => (Cs & 3) == 3;
}
