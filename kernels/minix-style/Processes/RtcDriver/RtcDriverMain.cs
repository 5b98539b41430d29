// A ring-3 driver for the CMOS RTC's periodic interrupt (IRQ 8; MC146818A data sheet,
// "Periodic interrupt": register A rate 6 is 1024 Hz, register B bit 6 enables it, reading
// register C acknowledges). Every port access is SYS_DEVIO; the interrupt arrives as a
// notification from HARDWARE with the line in A1, and SYS_IRQCTL enables the line again.
// Then the refusals: a port outside its range, a line that is not its own.

namespace MinixStyle.Processes.RtcDriver;

public static unsafe class RtcDriverMain
{
    public const int Line = 8, Interrupts = 4;
    private const ulong Index = 0x70, Data = 0x71;
    private const byte NmiOff = 0x80, RegisterA = 0x0A, RegisterB = 0x0B, RegisterC = 0x0C;
    private static MessageRoom s_room;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        long attached = Driver.IrqCtl(IrqCtlOp.Attach, Line);
        SetPeriodic(true);
        Driver.IrqCtl(IrqCtlOp.Enable, Line);
        int served = 0;
        for (int i = 0; i < Interrupts; i++)
        {
            if (Ipc.Receive(Endpoint.Hardware, m) != IpcStatus.Ok || m->Type != Notification.Type || (m->A1 & (1UL << Line)) == 0) break;
            Read(RegisterC);                   // acknowledge: the RTC drops its request
            Driver.IrqCtl(IrqCtlOp.Enable, Line);
            served++;
        }
        SetPeriodic(false);
        Driver.IrqCtl(IrqCtlOp.Disable, Line);
        Diag.Check(CheckId.IrqNotifications, attached == IpcStatus.Ok && served == Interrupts, (ulong)served);

        long keyboard = Driver.In8(0x60, out _);
        Diag.Check(CheckId.DevIoOutsideRangeRefused, keyboard == IpcStatus.CallDenied, (ulong)keyboard);
        long timerLine = Driver.IrqCtl(IrqCtlOp.Attach, 0);
        Diag.Check(CheckId.IrqCtlOtherLineRefused, timerLine == IpcStatus.CallDenied, (ulong)timerLine);
        DeviceCallRefusals.Run();
        return 0;
    }

    private static void SetPeriodic(bool on)
    {
        Write(RegisterA, (byte)((Read(RegisterA) & 0xF0) | 0x06));
        byte b = Read(RegisterB);
        Write(RegisterB, on ? (byte)(b | 0x40) : (byte)(b & ~0x40));
        Read(RegisterC);
    }

    internal static byte Read(byte register)
    {
        Driver.Out8(Index, (byte)(NmiOff | register));
        Driver.In8(Data, out byte value);
        return value;
    }

    private static void Write(byte register, byte value)
    {
        Driver.Out8(Index, (byte)(NmiOff | register));
        Driver.Out8(Data, value);
    }
}
