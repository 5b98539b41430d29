// recovery.ata by the definition every kernel shares (docs/recovery.md): from the driver's
// fault's entry into the kernel to the moment this client holds the successful reply of its
// first request after it, halted time subtracted. As l4-style's manager does with its
// driver, RS restarts the driver with a null dereference planned at its first request
// (RsRequest.ArmFault); the next read faults in ring 3, PM reports it, RS restarts the
// driver from its pristine image and publishes it, and BlockClient resubmits the read to it.
using Testbed.Drivers.Faults;

namespace MinixStyle.Processes.BlockBench;

public static unsafe class RecoveryBench
{
    private const ulong Lba = 4096;
    private static MessageRoom s_room;

    /// <summary>True if the driver came back and the read after the fault succeeded.</summary>
    public static bool Run()
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        if (!Arm(m, InjectedFault.NullDeref)) return false;
        int read = BlockDevice.Request(BlockDriverRequest.Read, Lba, 8, 0);
        var fault = new RecoveryStamp(LastFault(m, out ulong halted), halted);
        ulong total = RecoveryTime.Between(fault, BlockDevice.Recovered);
        Diag.Bench(BenchId.RecoveryAta, new[] { total }, 1);
        return read == IoStatus.Ok && total != 0;
    }

    /// <summary>
    /// recovery.ata.hang: the same, with an infinite loop at the driver's first request. Nothing
    /// traps: RS's heartbeat finds it (a ping unanswered for a period), kills it and restarts it;
    /// the span starts at that expiry (RS's stamp, RsRequest.HungAt), so the wait for it, 20 to 30
    /// ticks of a spinning driver, is detection latency, not recovery.
    /// </summary>
    public static bool RunHang()
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        if (!Arm(m, InjectedFault.InfiniteLoop)) return false;
        int read = BlockDevice.Request(BlockDriverRequest.Read, Lba, 8, 0);
        *m = default;
        m->Type = RsRequest.HungAt;
        m->A1 = (ulong)(long)Endpoint.AtaDriver;
        if (Ipc.SendRec(Endpoint.Rs, m) != IpcStatus.Ok || m->A3 != 0) return false;
        ulong total = RecoveryTime.Between(new RecoveryStamp(m->A1, m->A2), BlockDevice.Recovered);
        Diag.Bench(BenchId.RecoveryAtaHang, new[] { total }, 1);
        return read == IoStatus.Ok && total != 0;
    }

    // RS restarts the driver with the fault planned at its first request; the client follows the new instance.
    private static bool Arm(Message* m, InjectedFault kind)
    {
        *m = default;
        m->Type = RsRequest.ArmFault;
        m->A1 = (ulong)(long)BlockDevice.Driver;
        m->A2 = ServerFaultArgument.Pack(new FaultPlan { Target = FaultTarget.Ata, Kind = kind, AtRequest = 1 });
        if (Ipc.SendRec(Endpoint.Rs, m) != IpcStatus.Ok || m->A3 != 0) return false;
        BlockDevice.Follow((int)(long)m->A1);
        BlockDevice.ExpectFailure();
        return true;
    }

    private static ulong LastFault(Message* m, out ulong halted)
    {
        *m = default;
        m->Type = KernelCallNumber.GetInfo;
        m->A1 = KernelCallNumber.GetInfoLastFault;
        Ipc.KernelCall(m);
        halted = m->A2;
        return m->A1;
    }
}
