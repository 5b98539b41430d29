// The boot check of the thread switch's stack picture: Threads/context_switch.S defines
// where tb_context_switch keeps the FPU/SSE area, the callee-saved registers, rflags and
// its return address, and where tb_kernel_thread_start finds a new thread's argument,
// entry and exit hook, and exports them (tb_switch_frame_layout). Thread.cs builds the
// same picture for a thread's first run; this builds one in scratch memory with marker
// values and checks that each lands where the assembly will look, halting otherwise.
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Hal;

internal static unsafe class SwitchFrameLayout
{
    private struct Values
    {
        public ulong Fx, FxSize, Registers, RegisterCount, Rflags, Return, Argument, Entry, ExitHook;
    }

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_switch_frame_layout")] private static extern Values* Address();

    private const string Source = "common/hal Threads/context_switch.S";
    private const int ScratchWords = 96;          // more than the picture: 512 / 8 + 6 + 1 + 1 + 4
    private const ushort DefaultFpuControl = 0x037F;

    public static void Check()
    {
        Values* a = Address();
        ulong* scratch = stackalloc ulong[ScratchWords];
        for (int i = 0; i < ScratchWords; i++) scratch[i] = 0xDEAD;
        byte* saved = (byte*)Thread.PrepareKernelStack(scratch + ScratchWords, (delegate*<ulong, void>)0xE1, 0xA1, (delegate*<void>)0xE2, 0x5E7);
        ulong top = (ulong)(scratch + ScratchWords);

        Field("fx area offset (the FPU control word Thread.cs sets)", *(ushort*)(saved + a->Fx), DefaultFpuControl);
        Field("fx area size", a->Registers - a->Fx, a->FxSize);
        Field("callee-saved registers (Thread.cs zeroes them)", Zeroes(saved + a->Registers, a->RegisterCount), a->RegisterCount);
        Field("rflags offset", *(ulong*)(saved + a->Rflags), 0x202);
        Field("return address offset", *(ulong*)(saved + a->Return), 0x5E7);
        Field("kernel thread argument", *(ulong*)(saved + a->Return + 8 + a->Argument), 0xA1);
        Field("kernel thread entry", *(ulong*)(saved + a->Return + 8 + a->Entry), 0xE1);
        Field("kernel thread exit hook", *(ulong*)(saved + a->Return + 8 + a->ExitHook), 0xE2);
        Field("picture size (the exit hook's padding word ends it)", top - (ulong)(saved + a->Return + 8 + a->ExitHook + 8), 8);
    }

    private static ulong Zeroes(byte* words, ulong count)
    {
        ulong zero = 0;
        for (ulong i = 0; i < count; i++) if (((ulong*)words)[i] == 0) zero++;
        return zero;
    }

    private static void Field(string field, ulong assembly, ulong build) => LayoutCheck.Field(Source, field, assembly, build);
}
