// The console: a 16550 UART (National Semiconductor PC16550D datasheet), polled transmit
// and receive. The HAL has its own polled console for the kernel's log and results; this
// is the same device as a hostable driver, for personalities that give the console to a
// driver process.
using Testbed.Drivers.Environment;

namespace Testbed.Drivers.Uart16550;

public struct Uart16550Driver<TEnv> where TEnv : struct, IDriverEnv
{
    private const ushort Data = 0, InterruptEnable = 1, FifoControl = 2, LineControl = 3, ModemControl = 4, LineStatus = 5;
    private const byte LineStatusDataReady = 0x01, LineStatusTransmitEmpty = 0x20;

    public TEnv Env;
    private ushort _io;

    /// <summary>115200 8N1, FIFOs on, interrupts off.</summary>
    public void Initialize(ushort io)
    {
        _io = io;
        Env.Out8((ushort)(io + InterruptEnable), 0x00);
        Env.Out8((ushort)(io + LineControl), 0x80);     // DLAB: divisor latch follows
        Env.Out8((ushort)(io + Data), 0x01);            // divisor 1: 115200 baud
        Env.Out8((ushort)(io + InterruptEnable), 0x00);
        Env.Out8((ushort)(io + LineControl), 0x03);     // 8 bits, no parity, one stop bit
        Env.Out8((ushort)(io + FifoControl), 0xC7);
        Env.Out8((ushort)(io + ModemControl), 0x03);
    }

    public void Write(byte value)
    {
        while ((Env.In8((ushort)(_io + LineStatus)) & LineStatusTransmitEmpty) == 0) { }
        Env.Out8((ushort)(_io + Data), value);
    }

    public bool TryRead(out byte value)
    {
        value = 0;
        if ((Env.In8((ushort)(_io + LineStatus)) & LineStatusDataReady) == 0) return false;
        value = Env.In8((ushort)(_io + Data));
        return true;
    }
}
