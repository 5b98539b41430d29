// The 8253/8254 programmable interval timer, channel 0 on IRQ 0, counting at 1.193182 MHz.
// Periodic mode (mode 2, rate generator) drives preemption; one-shot mode (mode 0,
// interrupt on terminal count) arms a single deadline, for watchdogs and timeouts.
using Testbed.Guest.Ports;

namespace Testbed.Hal;

public static unsafe class Pit
{
    public const uint InputHz = 1193182;
    private const ushort Channel0 = 0x40, Command = 0x43;

    public static ulong Ticks { get; private set; }
    private static delegate*<InterruptFrame*, void> s_onTick;

    /// <summary>Calls <paramref name="onTick"/> (with interrupts off) <paramref name="hz"/> times a second.</summary>
    public static void StartPeriodic(uint hz, delegate*<InterruptFrame*, void> onTick)
    {
        Program(0x34, InputHz / hz, onTick);   // channel 0, lobyte/hibyte, mode 2
    }

    /// <summary>Calls <paramref name="onExpiry"/> once, after <paramref name="counts"/> PIT input ticks (at most 65535).</summary>
    public static void StartOneShot(uint counts, delegate*<InterruptFrame*, void> onExpiry)
    {
        Program(0x30, counts, onExpiry);       // channel 0, lobyte/hibyte, mode 0
    }

    public static void Stop() => Pic.Mask(0);

    private static void Program(byte mode, uint divisor, delegate*<InterruptFrame*, void> handler)
    {
        if (divisor == 0 || divisor > 65535) divisor = 65535;
        s_onTick = handler;
        Interrupts.SetHandler(Vectors.Timer, &OnInterrupt);
        PortInstructions.Out8(Command, mode);
        PortInstructions.Out8(Channel0, (byte)divisor);
        PortInstructions.Out8(Channel0, (byte)(divisor >> 8));
        Pic.Unmask(0);
    }

    private static void OnInterrupt(InterruptFrame* frame)
    {
        Ticks++;
        if (s_onTick != null) s_onTick(frame);
    }
}
