// The CMOS real-time clock's periodic interrupt on IRQ 8, the one device interrupt halcheck's
// machine has to spare (no disk or NIC here; the UART is the console): ports 0x70/0x71,
// register A rate 6 (1024 Hz, about 976,000 instructions apart under icount), register B
// bit 6 PIE, and reading register C acknowledges, after which the RTC may interrupt again
// (MC146818A data sheet, "Periodic interrupt"; the same device l4-style's peer drives).
using Testbed.Guest.Ports;

namespace Halcheck.Checks;

public static unsafe class PeriodicRtc
{
    public const int Line = 8;

    /// <summary>The checks' policy for the line: count the interrupts the HAL delivered, wake nothing.</summary>
    public struct Counted : IIrqPolicy
    {
        public static ulong Calls;
        public void Fired(InterruptFrame* frame, int line) => Calls++;
    }
    private const ushort Index = 0x70, Data = 0x71;
    private const byte NmiOff = 0x80, RegisterA = 0x0A, RegisterB = 0x0B, RegisterC = 0x0C, RegisterD = 0x0D;

    /// <summary>
    /// Counter ticks that span several periods in every mode: 30 periods under icount (the
    /// counter counts instructions), about 10 ms of host time without it (QEMU's TSC then
    /// follows the host's), where a period is under 1 ms.
    /// </summary>
    public const ulong SeveralPeriods = 30_000_000;

    public static void Start()
    {
        PortInstructions.Out8(Index, NmiOff | RegisterA);
        PortInstructions.Out8(Data, (byte)((PortInstructions.In8(Data) & 0xF0) | 0x06));
        PortInstructions.Out8(Index, NmiOff | RegisterB);
        byte b = PortInstructions.In8(Data);
        PortInstructions.Out8(Index, NmiOff | RegisterB);
        PortInstructions.Out8(Data, (byte)(b | 0x40));
        Acknowledge();
    }

    /// <summary>Reads register C: the device drops its request and may raise it again.</summary>
    public static void Acknowledge()
    {
        PortInstructions.Out8(Index, NmiOff | RegisterC);
        PortInstructions.In8(Data);
    }

    public static void Stop()
    {
        PortInstructions.Out8(Index, NmiOff | RegisterB);
        byte b = PortInstructions.In8(Data);
        PortInstructions.Out8(Index, NmiOff | RegisterB);
        PortInstructions.Out8(Data, (byte)(b & ~0x40));
        Acknowledge();
        PortInstructions.Out8(Index, RegisterD);   // NMI back on
    }
}
