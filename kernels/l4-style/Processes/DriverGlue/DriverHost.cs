// What every l4-style driver task does around its driver: the handshake with the manager
// (shared region, configuration, DMA memory, ready), interrupts as messages, and the
// request loop's replies. One driver thread: it waits for requests with reply-and-wait
// and, inside a request, for its interrupt with a closed receive from its lines.
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;

namespace L4Style.Processes.DriverGlue;

public static unsafe class DriverHost
{
    public static FaultPlan Plan;
    public static ulong Shared;                 // where this task sees the region shared with its client
    private static ulong s_dmaVirtual, s_dmaPhysical, s_dmaSize, s_dmaUsed;
    private static ulong s_pendingLines;        // interrupts received while waiting for another line

    /// <summary>Hello, then DMA: returns the configuration the manager sent.</summary>
    public static DriverConfig Handshake()
    {
        Message m = default;
        m.Mr0 = DriverHello.Hello;
        m.Window = Fpage.Make(DriverLayout.Window, DriverLayout.WindowLog2, writable: true);
        Ipc.Call(ref m, 1);
        Shared = DriverLayout.Window;
        DriverConfig config = default;
        config.Device0 = Resources(m.Mr0);
        config.Device1 = Resources(m.Mr1);
        config.DeviceCount = (uint)(m.Mr2 & 0xFF);
        config.Faults.Kind = (InjectedFault)((m.Mr2 >> 8) & 0xFF);
        config.Faults.Target = (FaultTarget)((m.Mr2 >> 16) & 0xFF);
        config.Faults.AtRequest = (uint)(m.Mr2 >> 32);
        config.Faults.WildWriteTarget = m.Mr3;
        Plan = config.Faults;

        m = default;
        m.Mr0 = DriverHello.NeedDma;
        m.Window = Fpage.Make(DriverLayout.Window, DriverLayout.WindowLog2, writable: true);
        Ipc.Call(ref m, 1);
        s_dmaVirtual = DriverLayout.Window + DriverLayout.DmaOffset;
        s_dmaPhysical = m.Mr0;
        s_dmaSize = m.Mr1;
        s_dmaUsed = 0;

        for (int line = 0; line < 16; line++)
            if ((config.DeviceCount > 0 && config.Device0.Irq == line) || (config.DeviceCount > 1 && config.Device1.Irq == line))
                Kernel.Invoke(Op.IrqAttach, (ulong)line);
        return config;
    }

    private static DeviceResources Resources(ulong word) => new DeviceResources
    {
        IoBase = DriverSetupWords.Io(word),
        ControlBase = DriverSetupWords.Control(word),
        BusMasterBase = DriverSetupWords.BusMaster(word),
        Irq = DriverSetupWords.Irq(word),
    };

    /// <summary>Tells the manager the outcome of Initialize; returns once it says go.</summary>
    public static void Ready(DriverInfo* info)
    {
        Message m = default;
        m.Mr0 = DriverHello.Ready;
        m.Mr1 = (ulong)(long)info->Status;
        m.Mr2 = info->Capacity;
        m.Mr3 = *(ulong*)info->Mac;
        m.Mr4 = *(uint*)(info->Mac + 8);
        Ipc.Call(ref m, 1);
    }

    public static DmaBuffer AllocateDma(uint bytes)
    {
        ulong size = ((ulong)bytes + 4095) & ~4095UL;
        DmaBuffer buffer = default;
        if (s_dmaUsed + size > s_dmaSize) return buffer;
        buffer.Virtual = (byte*)(s_dmaVirtual + s_dmaUsed);
        buffer.Physical = s_dmaPhysical + s_dmaUsed;
        buffer.Size = bytes;
        for (ulong i = 0; i < size / 8; i++) ((ulong*)buffer.Virtual)[i] = 0;
        s_dmaUsed += size;
        return buffer;
    }

    /// <summary>Waits for an interrupt on <paramref name="irq"/> (one that came early counts).</summary>
    public static bool WaitForInterrupt(int irq, ulong timeoutTicks)
    {
        ulong bit = 1UL << irq;
        if ((s_pendingLines & bit) != 0)
        {
            s_pendingLines &= ~bit;
            return true;
        }
        // One receive from the lines with the whole timeout; another line's interrupt is
        // remembered and the wait starts again (so a timeout may stretch, never shrink).
        while (true)
        {
            Message m = default;
            IpcResult r = Ipc.ReceiveFor(ref m, timeoutTicks, Op.IrqSource);
            if (!r.Ok) return false;
            if (m.Mr0 == (ulong)irq) return true;
            s_pendingLines |= 1UL << (int)m.Mr0;
        }
    }

    /// <summary>Where a request's data lies in this task, or null if the offset is outside the shared region.</summary>
    public static byte* SharedData(ulong offset, ulong bytes)
        => offset + bytes > DriverLayout.SharedBytes || bytes > DriverLayout.SharedBytes ? null : (byte*)(Shared + offset);
}
