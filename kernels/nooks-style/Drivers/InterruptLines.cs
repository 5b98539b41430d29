// Device interrupts as the kernel sees them: each PIC line a driver uses counts its
// interrupts; a driver waiting for its device sleeps (sti; hlt) until its line has fired.
// PCI lines are level-triggered (the BIOS sets the PIIX's ELCR), and only the driver can
// make its device drop the line, so the kernel masks a line when it fires and unmasks it
// when the driver next waits: by then the driver has acknowledged the device (the same
// discipline a microkernel uses for user-level drivers). An interrupt that comes before
// the wait is counted, not lost.
using Testbed.Hal;

namespace NooksStyle.Drivers;

public static unsafe class InterruptLines
{
    private static ulong* s_pending;
    private static ulong s_haltedAt;
    private static bool s_halted;

    /// <summary>
    /// Time stamp counter ticks spent halted in Wait, up to the first interrupt handler that
    /// ran. Under TCG icount with sleep=off a halt jumps the clock to the next timer event,
    /// which is not work the CPU did: the benchmarks subtract it (NooksCalls.IdleTime).
    /// </summary>
    public static ulong IdleTicks;

    public static void Initialize()
    {
        s_pending = (ulong*)KernelHeap.Allocate(16 * 8, 8);
    }

    public static void Enable(int line)
    {
        if (line < 0 || line > 15 || line == 0 || line == 2) return;
        Interrupts.SetHandler(Vectors.IrqBase + line, &OnInterrupt);
        Pic.Unmask(line);
    }

    public static void Clear(int line)
    {
        if (line >= 0 && line < 16) s_pending[line] = 0;
    }

    /// <summary>Called first by every interrupt handler: ends the idle period of a halted Wait.</summary>
    public static void NoteWake()
    {
        if (!s_halted) return;
        IdleTicks += Cpu.ReadTsc() - s_haltedAt;
        s_halted = false;
    }

    private static void OnInterrupt(InterruptFrame* frame)
    {
        NoteWake();
        int line = (int)(frame->Vector - Vectors.IrqBase);
        Pic.Mask(line);
        s_pending[line]++;
    }

    /// <summary>True once <paramref name="line"/> has fired; false after <paramref name="ticks"/> timer ticks.</summary>
    public static bool Wait(int line, ulong ticks)
    {
        bool wasEnabled = Cpu.InterruptsEnabled;
        Cpu.DisableInterrupts();
        ulong start = Pit.Ticks;
        bool fired = true;
        if (s_pending[line] == 0) Pic.Unmask(line);
        while (s_pending[line] == 0)
        {
            if (Pit.Ticks - start >= ticks)
            {
                fired = false;
                break;
            }
            s_haltedAt = Cpu.ReadTsc();
            s_halted = true;
            Cpu.WaitForInterrupt();
            Cpu.DisableInterrupts();
            s_halted = false;
        }
        s_pending[line] = 0;
        if (wasEnabled) Cpu.EnableInterrupts();
        return fired;
    }
}
