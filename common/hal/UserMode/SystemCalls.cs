// The syscall/sysret path (UserMode/syscall_entry.S). A personality installs one handler,
//   ulong Handler(ulong number, ulong a1, ulong a2, ulong a3, ulong a4, ulong a5)
// and owns its numbering. MSRs: Intel SDM vol. 3, 5.8.8 (STAR, LSTAR, FMASK).
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Hal;

public static unsafe class SystemCalls
{
    private const uint Star = 0xC0000081, LStar = 0xC0000082, FMask = 0xC0000084;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_set_syscall_handler")]
    private static extern void SetEntryHandler(delegate*<ulong, ulong, ulong, ulong, ulong, ulong, ulong> handler);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_syscall_entry_address")]
    private static extern ulong EntryAddress();

    internal static void Initialize()
    {
        // sysret loads CS = STAR[63:48] + 16 and SS = STAR[63:48] + 8: user code 0x23, user data 0x1B.
        Cpu.WriteMsr(Star, ((ulong)(Segments.KernelData & ~3) << 48) | ((ulong)Segments.KernelCode << 32));
        Cpu.WriteMsr(LStar, EntryAddress());
        Cpu.WriteMsr(FMask, 0x200 | 0x100 | 0x400);   // clear IF, TF, DF on entry
        SetEntryHandler(&Unhandled);
    }

    public static void SetHandler(delegate*<ulong, ulong, ulong, ulong, ulong, ulong, ulong> handler) => SetEntryHandler(handler);

    /// <summary>
    /// Points LSTAR at a personality's own entry stub instead of the HAL's (for example an
    /// IPC entry that keeps more message words in registers than the System V handler allows).
    /// The stub is entered exactly as the `syscall` instruction leaves the CPU.
    /// </summary>
    public static void SetEntryPoint(ulong address) => Cpu.WriteMsr(LStar, address);

    private static ulong Unhandled(ulong number, ulong a1, ulong a2, ulong a3, ulong a4, ulong a5)
    {
        Panic.Halt("system call with no handler installed");
        return 0;
    }
}
