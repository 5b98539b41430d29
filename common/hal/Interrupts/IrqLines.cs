// The device lines of the 8259A pair, as a driver waits for them: each line counts its
// interrupts, is masked when it fires and unmasked when the driver next waits. PCI lines
// are level-triggered (the BIOS sets the PIIX's ELCR) and only the driver can make its
// device drop the line, so unmasking before the driver has acknowledged the device would
// interrupt again at once (8259A datasheet, "Interrupt Mask Register"; PCI 3.0, 2.2.6).
// By the next wait it has. An interrupt that comes before the wait is counted, not lost.
// Line 0 (the PIT) and 2 (the cascade) are never a device's. The calls a driver's wait
// makes are inlined: drivers' paths are counted instruction by instruction.
using System.Runtime.CompilerServices;

namespace Testbed.Hal;

public static unsafe class IrqLines<TPolicy> where TPolicy : struct, IIrqPolicy
{
    public const int Count = 16;
    private static ulong* s_fired;

    public static void Initialize()
    {
        s_fired = (ulong*)KernelHeap.Allocate(Count * 8, 8);
    }

    public static bool IsDeviceLine(int line) => line > 0 && line < Count && line != 2;

    /// <summary>Routes the line to this type's handler, still masked (the first wait unmasks it); false if it is no device's line.</summary>
    public static bool Connect(int line)
    {
        if (!IsDeviceLine(line)) return false;
        Interrupts.SetHandler(Vectors.IrqBase + line, &OnInterrupt);
        return true;
    }

    /// <summary>Connects the line and unmasks it now.</summary>
    public static bool Enable(int line)
    {
        if (!Connect(line)) return false;
        Pic.Unmask(line);
        return true;
    }

    /// <summary>Interrupts since the last Take or Clear.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Fired(int line) => s_fired[line];

    /// <summary>True (and the count cleared) if the line has fired.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Take(int line)
    {
        if (s_fired[line] == 0) return false;
        Clear(line);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Clear(int line) => s_fired[line] = 0;

    /// <summary>The driver waits again: by now it has acknowledged its device.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Rearm(int line) => Pic.Unmask(line);

    /// <summary>Nobody drives the line any more: masked, its count dropped.</summary>
    public static void Disconnect(int line)
    {
        Pic.Mask(line);
        Clear(line);
    }

    private static void OnInterrupt(InterruptFrame* frame)
    {
        IdleClock.NoteInterrupt();
        int line = (int)(frame->Vector - Vectors.IrqBase);
        Pic.Mask(line);
        s_fired[line]++;
        default(TPolicy).Fired(frame, line);
    }
}
