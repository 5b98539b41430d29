// IWorkloadClient over l4-style IPC: each block or packet operation is one call to the
// driver task (the fast path: no timeout on the reply, because a driver that hangs misses
// the manager's heartbeat and is killed, which aborts the call), with the data in the
// region the manager mapped into both. When the driver is gone (the right was revoked
// with it: NoRight or Aborted) or answers nonsense (a length beyond what was asked, or
// an impossible status), the client asks the manager
// to connect it again, which restarts the driver if needed, and retries: the workload
// sees the operation succeed, late. Each such retry is counted.
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Requests;
using Testbed.Workloads;

namespace L4Style.Processes.Workloads;

public unsafe struct IpcWorkloadClient : IWorkloadClient, IHaltedClock
{
    public const int MaxAttempts = 4;

    public static ulong Retries;
    private static ulong s_diskGeneration, s_netGeneration;

    public static bool Connect(ulong kind, bool broken)
    {
        Message m = default;
        m.Mr0 = broken ? ClientRequest.Broken : ClientRequest.Connect;
        m.Mr1 = kind;
        m.Mr2 = kind == DriverKind.Disk ? s_diskGeneration : s_netGeneration;
        m.Window = Fpage.Make(DriverLayout.ClientRegion(kind), DriverLayout.SharedLog2, writable: true);
        IpcResult r = Ipc.Call(ref m, 1);
        if (kind == DriverKind.Disk) s_diskGeneration = m.Mr1; else s_netGeneration = m.Mr1;
        return r.Ok && m.Mr0 == 1;
    }

    /// <summary>The driver is gone already (its right was revoked) or must be reported broken.</summary>
    private static bool Broken(IpcResult r) => r.Status != Status.NoRight && r.Status != Status.Aborted;

    public static void Final(WorkloadId workload, ulong done, ulong errors, ulong corrupted)
    {
        Message m = default;
        m.Mr0 = ClientRequest.Final;
        m.Mr1 = (ulong)workload; m.Mr2 = done; m.Mr3 = errors; m.Mr4 = corrupted; m.Mr5 = Retries;
        Ipc.Call(ref m, 1);
    }

    /// <summary>Tells the manager when the first successful reply of a recovery run was back (docs/recovery.md).</summary>
    public static void RecoveryReply(ulong kind, Testbed.Guest.Measure.RecoveryStamp reply)
    {
        Message m = default;
        m.Mr0 = ClientRequest.RecoveryReply;
        m.Mr1 = kind; m.Mr2 = reply.Tsc; m.Mr3 = reply.Halted;
        Ipc.Call(ref m, 1);
    }

    public ulong HaltedTicks() => Kernel.HaltedTsc();

    public int BlockRead(ulong lba, uint sectors, byte* data) => Block(BlockOperation.Read, lba, sectors, data);

    public int BlockWrite(ulong lba, uint sectors, byte* data) => Block(BlockOperation.Write, lba, sectors, data);

    private static int Block(uint operation, ulong lba, uint sectors, byte* data)
    {
        ulong offset = (ulong)data - DriverLayout.ClientRegion(DriverKind.Disk);
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            Message m = default;
            m.Mr0 = operation; m.Mr1 = sectors; m.Mr2 = lba; m.Mr3 = offset;
            IpcResult r = Ipc.Call(ref m, ClientRequest.DriverSlot(DriverKind.Disk));
            int status = (int)(long)m.Mr0;
            if (r.Ok && r.Kind == Kind.Message && m.Mr1 <= sectors && status >= IoStatus.DriverFailed && status <= IoStatus.Ok)
                return status;
            Retries++;
            Connect(DriverKind.Disk, Broken(r));
        }
        return IoStatus.DriverFailed;
    }

    public int PacketSend(uint device, byte* frame, uint length)
        => Packet(PacketOperation.Send, device, frame, length, 0, out _);

    public int PacketReceive(uint device, byte* frame, uint room, uint timeoutTicks, out uint length)
        => Packet(PacketOperation.Receive, device, frame, room, timeoutTicks, out length);

    private static int Packet(uint operation, uint device, byte* frame, uint length, uint timeoutTicks, out uint moved)
    {
        ulong offset = (ulong)frame - DriverLayout.ClientRegion(DriverKind.Net);
        moved = 0;
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            Message m = default;
            m.Mr0 = operation; m.Mr1 = device; m.Mr2 = length; m.Mr3 = offset; m.Mr4 = timeoutTicks;
            IpcResult r = Ipc.Call(ref m, ClientRequest.DriverSlot(DriverKind.Net));
            int status = (int)(long)m.Mr0;
            if (r.Ok && r.Kind == Kind.Message && m.Mr1 <= length && status >= IoStatus.DriverFailed && status <= IoStatus.Ok)
            {
                moved = (uint)m.Mr1;
                return status;
            }
            Retries++;
            Connect(DriverKind.Net, Broken(r));
        }
        return IoStatus.DriverFailed;
    }

    public void Progress(WorkloadId workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final)
    {
        string name = workload == WorkloadId.DiskIntegrity ? "disk-integrity" : "net-echo";
        fixed (char* n = name)
        {
            Message m = default;
            m.Mr0 = KdbOp.Progress;
            m.Mr1 = (ulong)n | (ulong)name.Length << 48;
            m.Mr2 = done; m.Mr3 = errors; m.Mr4 = corrupted;
            m.Mr5 = (retries + Retries) | (final ? 1UL << 63 : 0);
            Kernel.Invoke(Op.Kdb, ref m);
        }
    }
}
