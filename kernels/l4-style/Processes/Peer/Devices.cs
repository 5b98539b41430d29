// Device roles of the peer: a user-level driver for the CMOS real-time clock's periodic
// interrupt (ports 0x70/0x71, IRQ 8; "MC146818A" data sheet: register A rate, register B
// bit 6 PIE, register C read acknowledges), and a task that touches a port without the right.
using System.Runtime;
using System.Runtime.CompilerServices;
using L4Style.Abi;
using L4Style.Processes.UserLib;

namespace L4Style.Processes.Peer;

public static unsafe class Devices
{
    private const ushort RtcIndex = 0x70, RtcData = 0x71;
    private const int RtcLine = 8;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_inb")] private static extern byte In(ushort port);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_outb")] private static extern void Out(ushort port, byte value);

    public static int ReadRtcWithoutRight()
    {
        Out(RtcIndex, 0x0C);       // #GP: no right to this port; the pager hears of it
        return In(RtcData);
    }

    /// <summary>Counts <paramref name="wanted"/> periodic interrupts received as IPC, then reports to slot 1.</summary>
    public static void RtcDriver(ulong wanted)
    {
        ulong status = Kernel.Invoke(Op.IrqAttach, RtcLine);
        ulong received = 0;
        if (status == Status.Ok)
        {
            Out(RtcIndex, 0x8A);                       // register A (NMI off while programming)
            Out(RtcData, (byte)((In(RtcData) & 0xF0) | 0x06));   // rate 6: 1024 Hz
            Out(RtcIndex, 0x8B);                       // register B: periodic interrupt on
            byte b = In(RtcData);
            Out(RtcIndex, 0x8B);
            Out(RtcData, (byte)(b | 0x40));
            Out(RtcIndex, 0x0C);
            In(RtcData);                               // clear any pending flag
            while (received < wanted)
            {
                Message m = default;
                IpcResult r = Ipc.Receive(ref m, Op.IrqSource);
                if (!r.Ok || r.Kind != Kind.Interrupt) break;
                Out(RtcIndex, 0x0C);
                In(RtcData);                           // acknowledge at the device
                received++;
            }
            Out(RtcIndex, 0x8B);
            b = In(RtcData);
            Out(RtcIndex, 0x8B);
            Out(RtcData, (byte)(b & ~0x40));
        }
        Message report = default;
        report.Mr0 = received;
        report.Mr1 = status;
        Ipc.Call(ref report, 1);
    }
}
