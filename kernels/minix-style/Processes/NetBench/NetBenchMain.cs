// The network client: it grants its send and receive buffers to the network server (grants 0
// and 1 of a table in its own memory), runs the checked net-echo workload through the server
// (every frame from NIC 0 to NIC 1, each checksummed), then the net figure and the driver's recovery. If the driver dies
// or answers wrongly (a fault plan), RS restarts it and the server resends; the workload must
// still see every frame intact. Only if RS gives up does it see the failure, and the client ends.
using Testbed.Workloads;

namespace MinixStyle.Processes.NetBench;

public static unsafe class NetBenchMain
{
    private const uint Frames = 64, TimeoutTicks = 50;

    private static BlockRoom s_send, s_receive;
    private static GrantTableRoom s_table;
    private static MessageRoom s_room;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        AwaitTheOtherWorkloads();
        byte* send = BlockRoom.Aligned(ref s_send), receive = BlockRoom.Aligned(ref s_receive);
        Grant* table = GrantTableRoom.Aligned(ref s_table);
        Grants.SetTable(table, 2);
        Grants.Make(table, (int)NetClient.SendGrant, Endpoint.NetServer, send, PacketRequest.MaxFrame, Grant.Read);
        Grants.Make(table, (int)NetClient.ReceiveGrant, Endpoint.NetServer, receive, PacketRequest.MaxFrame, Grant.Write);

        // Framing: a runt frame and a NIC there is not are the server's to refuse, before the driver sees them.
        NetClient client = default;
        int runt = client.PacketSend(0, send, PacketRequest.MinFrame - 1);
        int noNic = client.PacketSend(2, send, PacketRequest.MinFrame);
        Diag.Check(CheckId.NetServerBadFrameRefused, runt == IoStatus.Invalid && noNic == IoStatus.Invalid, (ulong)(uint)runt << 32 | (uint)noNic);

        NetEcho<NetClient> echo = default;
        bool intact = echo.Run(0, 1, Frames, TimeoutTicks, send, receive);
        Diag.Check(CheckId.NetEcho, intact && echo.Done == Frames, echo.Errors << 32 | echo.Corrupted);
        if (!intact) return 1;
        // A fault survived: the server sent the requests in flight to the driver's next instance.
        ulong resent = NetClient.ServerResent();
        // It holds if every frame of the echo came back whole despite the driver's restart.
        if (resent != 0) Diag.Check(CheckId.NetServerResent, echo.Done == Frames && echo.Corrupted == 0 && echo.Errors == 0, resent);
        if (EchoBench.Run(send, receive, StartArgument.Iterations(argument), CheckId.NetBenchIntact, BenchId.NetEcho) != 0) return 2;
        // The same with kernel calls in the caller's trap (MINIX 3.2's structure).
        Diag.KernelCallsInTrap(true);
        int inTrap = EchoBench.Run(send, receive, StartArgument.Iterations(argument), CheckId.NetBenchInTrapIntact, BenchId.NetEchoInTrap);
        Diag.KernelCallsInTrap(false);
        if (inTrap != 0) return 2;
        return RecoveryBench.Run(send) ? 0 : 3;
    }

    // The other workloads' figures (the disk's, recovery.ata) and this one's must not count each
    // other's instructions: the net workload starts once it is the only one alive, a tick at a time.
    private static void AwaitTheOtherWorkloads()
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        for (;;)
        {
            Sys.Call(KernelCallNumber.GetInfo, KernelCallNumber.GetInfoWorkloads, 0, 0, 0, out ulong live);
            if (live <= 1) return;
            Sys.Call(KernelCallNumber.SetAlarm, 1, 0, 0, 0, out _);
            Ipc.Receive(Endpoint.Clock, m);
        }
    }
}
