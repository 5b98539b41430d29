// Device roles of the peer: a user-level driver for the CMOS real-time clock's periodic
// interrupt (ports 0x70/0x71, IRQ 8; "MC146818A" data sheet: register A rate, register B
// bit 6 PIE, register C read acknowledges), and a task that touches a port without the right.
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Guest.Ports;

namespace L4Style.Processes.Peer;

public static unsafe class Devices
{
    private const ushort RtcIndex = 0x70, RtcData = 0x71;
    private const int RtcLine = 8;

    public static int ReadRtcWithoutRight()
    {
        PortInstructions.Out8(RtcIndex, 0x0C);       // #GP: no right to this port; the pager hears of it
        return PortInstructions.In8(RtcData);
    }

    /// <summary>Counts <paramref name="wanted"/> periodic interrupts received as IPC, then reports to slot 1.</summary>
    public static void RtcDriver(ulong wanted)
    {
        ulong status = Kernel.Invoke(Op.IrqAttach, RtcLine);
        ulong received = 0;
        if (status == Status.Ok)
        {
            PortInstructions.Out8(RtcIndex, 0x8A);                       // register A (NMI off while programming)
            PortInstructions.Out8(RtcData, (byte)((PortInstructions.In8(RtcData) & 0xF0) | 0x06));   // rate 6: 1024 Hz
            PortInstructions.Out8(RtcIndex, 0x8B);                       // register B: periodic interrupt on
            byte b = PortInstructions.In8(RtcData);
            PortInstructions.Out8(RtcIndex, 0x8B);
            PortInstructions.Out8(RtcData, (byte)(b | 0x40));
            PortInstructions.Out8(RtcIndex, 0x0C);
            PortInstructions.In8(RtcData);                               // clear any pending flag
            while (received < wanted)
            {
                Message m = default;
                IpcResult r = Ipc.Receive(ref m, Op.IrqSource);
                if (!r.Ok || r.Kind != Kind.Interrupt) break;
                PortInstructions.Out8(RtcIndex, 0x0C);
                PortInstructions.In8(RtcData);                           // acknowledge at the device
                received++;
            }
            PortInstructions.Out8(RtcIndex, 0x8B);
            b = PortInstructions.In8(RtcData);
            PortInstructions.Out8(RtcIndex, 0x8B);
            PortInstructions.Out8(RtcData, (byte)(b & ~0x40));
        }
        Message report = default;
        report.Mr0 = received;
        report.Mr1 = status;
        Ipc.Call(ref report, 1);
    }
}
