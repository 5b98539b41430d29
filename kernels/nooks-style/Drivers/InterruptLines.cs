// Device interrupts as this kernel's drivers wait for them: the HAL's IrqLines counts each
// line, masks it when it fires and unmasks it when the driver next waits. The policy here
// is a monolithic kernel's: a driver waiting for its device halts (sti; hlt) until its
// line has fired, so a fired line wakes nothing; the halted time is the HAL's IdleClock.

namespace NooksStyle.Drivers;

public static unsafe class InterruptLines
{
    // The waiting driver polls its line after each halt: the interrupt itself wakes nobody.
    private struct PolledByWaiter : IIrqPolicy
    {
        public void Fired(InterruptFrame* frame, int line) { }
    }

    public static void Initialize() => IrqLines<PolledByWaiter>.Initialize();

    public static void Enable(int line) => IrqLines<PolledByWaiter>.Enable(line);

    public static void Clear(int line)
    {
        if (line >= 0 && line < IrqLines<PolledByWaiter>.Count) IrqLines<PolledByWaiter>.Clear(line);
    }

    /// <summary>True once <paramref name="line"/> has fired; false after <paramref name="ticks"/> timer ticks.</summary>
    public static bool Wait(int line, ulong ticks)
    {
        bool wasEnabled = Cpu.InterruptsEnabled;
        Cpu.DisableInterrupts();
        ulong start = Pit.Ticks;
        bool fired = true;
        if (IrqLines<PolledByWaiter>.Fired(line) == 0) IrqLines<PolledByWaiter>.Rearm(line);
        while (IrqLines<PolledByWaiter>.Fired(line) == 0)
        {
            if (Pit.Ticks - start >= ticks)
            {
                fired = false;
                break;
            }
            IdleClock.HaltUntilInterrupt();
            Cpu.DisableInterrupts();
        }
        IrqLines<PolledByWaiter>.Clear(line);
        if (wasEnabled) Cpu.EnableInterrupts();
        return fired;
    }
}
