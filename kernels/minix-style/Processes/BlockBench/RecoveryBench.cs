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
        *m = default;
        m->Type = RsRequest.ArmFault;
        m->A1 = (ulong)(long)BlockDevice.Driver;
        m->A2 = ServerFaultArgument.Pack(new FaultPlan { Target = FaultTarget.Ata, Kind = InjectedFault.NullDeref, AtRequest = 1 });
        if (Ipc.SendRec(Endpoint.Rs, m) != IpcStatus.Ok || m->A3 != 0) return false;
        BlockDevice.Follow((int)(long)m->A1);

        BlockDevice.ExpectFailure();
        int read = BlockDevice.Request(BlockDriverRequest.Read, Lba, 8, 0);
        var fault = new RecoveryStamp(LastFault(m, out ulong halted), halted);
        ulong total = RecoveryTime.Between(fault, BlockDevice.Recovered);
        Diag.Bench(BenchId.RecoveryAta, new[] { total }, 1);
        return read == IoStatus.Ok && total != 0;
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
