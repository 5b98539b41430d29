// The 16550 UART on COM1 (I/O ports 0x3F8-0x3FF): the console and the channel to the
// harness. Polled, not interrupt-driven: output must work from any context, including a
// panic with interrupts off. Register map: PC16550D datasheet, table 2.
using Testbed.Guest.Ports;

namespace Testbed.Hal;

public static class Uart16550
{
    public const ushort Com1 = 0x3F8;
    private const ushort Data = Com1 + 0, InterruptEnable = Com1 + 1, FifoControl = Com1 + 2;
    private const ushort LineControl = Com1 + 3, ModemControl = Com1 + 4, LineStatus = Com1 + 5;
    private const byte TransmitterEmpty = 1 << 5, DataReady = 1 << 0;

    internal static void Initialize()
    {
        PortInstructions.Out8(InterruptEnable, 0x00);
        PortInstructions.Out8(LineControl, 0x80);     // divisor latch access
        PortInstructions.Out8(Data, 0x01);            // 115200 baud
        PortInstructions.Out8(InterruptEnable, 0x00);
        PortInstructions.Out8(LineControl, 0x03);     // 8 data bits, no parity, one stop bit
        PortInstructions.Out8(FifoControl, 0xC7);     // FIFOs on, cleared, 14-byte threshold
        PortInstructions.Out8(ModemControl, 0x03);    // DTR, RTS
    }

    public static void Write(byte value)
    {
        while ((PortInstructions.In8(LineStatus) & TransmitterEmpty) == 0) { }
        PortInstructions.Out8(Data, value);
    }

    /// <summary>
    /// Internal loopback (modem control bit 4): what is transmitted is received, and nothing
    /// leaves the chip. Lets a kernel test its receive path without anyone typing.
    /// </summary>
    public static void SetLoopback(bool on) => PortInstructions.Out8(ModemControl, on ? (byte)0x13 : (byte)0x03);

    /// <summary>Sends one byte without waiting for the line (for loopback tests).</summary>
    public static void WriteRaw(byte value)
    {
        while ((PortInstructions.In8(LineStatus) & TransmitterEmpty) == 0) { }
        PortInstructions.Out8(Data, value);
    }

    public static bool TryRead(out byte value)
    {
        if ((PortInstructions.In8(LineStatus) & DataReady) == 0)
        {
            value = 0;
            return false;
        }
        value = PortInstructions.In8(Data);
        return true;
    }
}
