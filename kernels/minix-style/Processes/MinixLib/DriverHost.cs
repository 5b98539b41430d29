// What a minix-style driver process keeps around its driver (MINIX 3: libblockdriver and
// libsys): its start argument's fault plan, its DMA memory (SYS_UMAP), and interrupts as
// notifications from HARDWARE, waited for in a receive from anyone that also takes CLOCK's
// alarm as the timeout. The alarm stands: set (AlarmTicks) when a wait finds none, set again
// when it rings during a wait, left to lapse when it rings while the driver is idle, so a
// run of requests pays one SYS_SETALARM in AlarmTicks, not two per wait. A wait of ticks k
// returns false at the (k / AlarmTicks + 1)-th ring (the first may come early); a wait
// shorter than AlarmTicks (the drive's reset, a tick at a time) sets its own alarm. A
// request that arrives during a wait is kept (up to MaxDeferred; MINIX 3's blockdriver
// queues them the same way) and served by the server loop next (TakeDeferred).
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
    public const int MaxDeferred = 4;
    private static DeferredRooms s_deferred;
    private static int s_deferredCount;

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Size = MaxDeferred * Message.Size)]
    private struct DeferredRooms { }

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
        if (TakePending(bit)) return true;        // it came early
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
                if (TakePending(bit)) return true;
                continue;
            }
            if (Sef.AnswerPing(m)) continue;      // alive, waiting for the device
            if (m->Source != Endpoint.Clock)
            {
                Defer(m);
                continue;
            }
            s_alarmSet = false;
            if (++rings > timeoutTicks / AlarmTicks) return false;
        }
    }

    // Whether the line's interrupt is among those that came (and no longer, once taken).
    private static bool TakePending(ulong bit)
    {
        bool came = (s_pendingLines & bit) != 0;
        s_pendingLines &= ~bit;
        return came;
    }

    // A client's request that came while we waited for the device: kept for the server loop.
    // Past MaxDeferred it is lost and its sender waits (more clients than a driver expects).
    private static void Defer(Message* m)
    {
        if (m->Type == Notification.Type || s_deferredCount == MaxDeferred) return;
        ((Message*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref s_deferred))[s_deferredCount++] = *m;
    }

    /// <summary>The oldest request kept during a wait, copied into <paramref name="m"/>; false if none.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool TakeDeferred(Message* m) => s_deferredCount != 0 && TakeOldest(m);

    private static bool TakeOldest(Message* m)
    {
        var rooms = (Message*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref s_deferred);
        *m = rooms[0];
        for (int i = 1; i < s_deferredCount; i++) rooms[i - 1] = rooms[i];
        s_deferredCount--;
        return true;
    }

    /// <summary>The server loop took a notification while idle: an alarm that rang lapses, a late interrupt is kept.</summary>
    public static void Idle(Message* notification)
    {
        if (notification->Source == Endpoint.Clock) s_alarmSet = false;
        if (notification->Source == Endpoint.Hardware) s_pendingLines |= notification->A1;
    }

    private static MessageRoom s_requestRoom;

    /// <summary>
    /// A driver's request loop (MINIX 3: libblockdriver's and libnetdriver's task loop): receive
    /// from anyone (requests kept while waiting for the device first), answer RS's pings, take
    /// the device's notifications, and let <paramref name="serve"/> turn each request into its
    /// reply in place. The reply and the next receive are one replyreceive (the IPC fast path's
    /// other half) unless requests kept during a wait come first; then it is a send.
    /// <paramref name="buffer"/> is the driver's own data page.
    /// </summary>
    public static void ServeRequests(delegate*<Message*, byte*, int, void> serve, byte* buffer, int deviceStatus)
    {
        Message* m = MessageRoom.Aligned(ref s_requestRoom);
        bool received = false;
        for (;;)
        {
            if (!received && !TakeDeferred(m) && Ipc.Receive(Endpoint.Any, m) != IpcStatus.Ok) continue;
            received = false;
            if (m->Type == Notification.Type)
            {
                if (!Sef.AnswerPing(m)) Idle(m);
                continue;
            }
            int client = m->Source;
            serve(m, buffer, deviceStatus);
            if (s_deferredCount != 0) Ipc.Send(client, m);
            else received = Ipc.ReplyReceive(client, m) == IpcStatus.Ok;
        }
    }
}
