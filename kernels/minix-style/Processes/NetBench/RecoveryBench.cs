// recovery.rtl8139 by the definition every kernel shares (docs/recovery.md): from the
// driver's fault's entry into the kernel to the moment this client holds the successful
// reply of its first request after it, halted time subtracted. The network server asks RS
// to restart the driver with a null dereference planned at its first request (RsRequest.
// ArmFault, as the block client does for recovery.ata); the client's next send faults it in
// ring 3, PM reports it, RS restarts the driver from its pristine image and publishes it, the
// server finds it in DS and resends the frame, and the client's sendrec returns.
using Testbed.Process;
using Testbed.Workloads;

namespace MinixStyle.Processes.NetBench;

public static unsafe class RecoveryBench
{
    private static MessageRoom s_room;

    /// <summary>True if the driver came back and the frame after the fault went out.</summary>
    public static bool Run(byte* send)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        *m = default;
        m->Type = PacketDriverRequest.ArmRecovery;
        if (Ipc.SendRec(Endpoint.NetServer, m) != IpcStatus.Ok || m->A3 != 0) return false;

        uint length = CheckedFrame.LengthFor(1);
        CheckedFrame.Build(send, 1, length);
        NetClient client = default;
        int sent = client.PacketSend(0, send, length);
        ulong now = Syscall.ReadTsc();
        Sys.Call(KernelCallNumber.GetInfo, KernelCallNumber.GetInfoHaltedTsc, 0, 0, 0, out ulong halted);
        var recovered = new RecoveryStamp(now, halted);
        Sys.Call6(KernelCallNumber.GetInfo, KernelCallNumber.GetInfoLastFault, 0, 0, 0, 0, 0, out ulong faultTsc, out ulong faultHalted);
        ulong total = RecoveryTime.Between(new RecoveryStamp(faultTsc, faultHalted), recovered);
        Diag.Bench(BenchId.RecoveryRtl8139, new[] { total }, 1);
        return sent == IoStatus.Ok && total != 0;
    }
}
