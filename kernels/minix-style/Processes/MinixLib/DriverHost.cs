// What a minix-style driver process keeps around its driver (MINIX 3: libblockdriver and
// libsys): its start argument's fault plan, its DMA memory (SYS_UMAP), and interrupts as
// notifications from HARDWARE, waited for in a receive from anyone that also takes CLOCK's
// alarm as the timeout. The alarm stands: set (AlarmTicks) when a wait finds none, set again
// when it rings during a wait, left to lapse when it rings while the driver is idle, so a
// run of requests pays one SYS_SETALARM in AlarmTicks, not two per wait. A wait of ticks k
// returns false at the (k / AlarmTicks + 1)-th ring (the first may come early); a wait
// shorter than AlarmTicks (the drive's reset, a tick at a time) sets its own alarm.
using MinixStyle.Abi;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class DriverHost
{
    private const ulong AlarmTicks = 100;
    public static FaultPlan Plan;
    private static ulong s_pendingLines;
    private static bool s_alarmSet;
    private static MessageRoom s_room;

    public static void SetPlan(InjectedFault kind, bool persistent, uint atRequest, FaultTarget target)
    {
        // A wild write aims at the kernel's image: supervisor-only, so a page fault from ring 3.
        Plan = new FaultPlan { Target = target, Kind = kind, Persistent = persistent, AtRequest = atRequest, WildWriteTarget = 0x10_0000 };
    }

    public static DmaBuffer AllocateDma(uint bytes)
    {
        DmaBuffer buffer = default;
        if (Driver.Umap(bytes, out ulong virtualAddress, out ulong physical) != IpcStatus.Ok) return buffer;
        buffer.Virtual = (byte*)virtualAddress;
        buffer.Physical = physical;
        buffer.Size = bytes;
        return buffer;
    }

    public static bool WaitForInterrupt(int irq, ulong timeoutTicks)
    {
        ulong bit = 1UL << irq;
        if ((s_pendingLines & bit) != 0)
        {
            s_pendingLines &= ~bit;
            return true;
        }
        // By now the driver has acknowledged its device: the line may fire again.
        PortBatch.EnableIrq(irq);
        PortBatch.Flush();
        Message* m = MessageRoom.Aligned(ref s_room);
        if (timeoutTicks < AlarmTicks)
        {
            Sys.Call(KernelCallNumber.SetAlarm, timeoutTicks + 1, 0, 0, 0, out _);
            s_alarmSet = true;
        }
        for (ulong rings = 0; ; )
        {
            if (!s_alarmSet)
            {
                Sys.Call(KernelCallNumber.SetAlarm, AlarmTicks, 0, 0, 0, out _);
                s_alarmSet = true;
            }
            if (Ipc.Receive(Endpoint.Any, m) != IpcStatus.Ok) return false;
            if (m->Source == Endpoint.Hardware)
            {
                s_pendingLines |= m->A1;
                if ((s_pendingLines & bit) == 0) continue;
                s_pendingLines &= ~bit;
                return true;
            }
            // Only CLOCK can be here: the one client waits in its sendrec for our reply.
            if (m->Source != Endpoint.Clock) continue;
            s_alarmSet = false;
            if (++rings > timeoutTicks / AlarmTicks) return false;
        }
    }

    /// <summary>The server loop took a notification while idle: an alarm that rang lapses, a late interrupt is kept.</summary>
    public static void Idle(Message* notification)
    {
        if (notification->Source == Endpoint.Clock) s_alarmSet = false;
        if (notification->Source == Endpoint.Hardware) s_pendingLines |= notification->A1;
    }
}
