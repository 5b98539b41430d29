// The Ethernet driver process (MINIX 3: drivers/net/rtl8139 over libnetdriver): the shared
// RTL8139 driver, unchanged, over MinixDriverEnv, for both NICs in one process (as
// l4-style's driver task). It asks the kernel for the NICs its boot scan found (SYS_GETINFO:
// MINIX 3 asks the PCI server), attaches their lines, starts them, then serves packet
// requests (Abi/PacketDriverRequest.cs): receive from anyone, reply with send. A frame moves
// between the driver's own frame buffer and the requester's memory by SYS_SAFECOPY through
// the grant it named. A planned fault (fault=rtl8139:...) comes in the start argument.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Testbed.Drivers.Faults;
using NetDriver = Testbed.Drivers.Rtl8139.Rtl8139Driver<MinixStyle.Processes.MinixLib.MinixDriverEnv>;

namespace MinixStyle.Processes.Rtl8139DriverProcess;

public static unsafe class Rtl8139DriverMain
{
    private static BlockRoom s_frame;
    private static NetDriver s_driver;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        FaultPlan plan = ServerFaultArgument.Unpack(argument, FaultTarget.Rtl8139);
        DriverHost.SetPlan(plan.Kind, plan.Persistent, plan.AtRequest, FaultTarget.Rtl8139);
        DriverConfig config = default;
        config.DeviceCount = Nic(0, ref config.Device0) ? Nic(1, ref config.Device1) ? 2u : 1u : 0u;
        config.Faults = DriverHost.Plan;
        DriverInfo info = default;
        s_driver.Initialize(config, &info);

        // Page-aligned, so that each SYS_SAFECOPY is one page on this side.
        DriverHost.ServeRequests(&Serve, BlockRoom.Aligned(ref s_frame), info.Status);
        return 0;
    }

    // The index-th NIC of the boot scan, its line attached; false if there is none.
    private static bool Nic(ulong index, ref DeviceResources device)
    {
        if (Sys.Call6(KernelCallNumber.GetInfo, KernelCallNumber.GetInfoNic, index, 0, 0, 0, 0, out ulong io, out ulong irq) != IpcStatus.Ok) return false;
        Driver.IrqCtl(IrqCtlOp.Attach, irq);
        device = new DeviceResources { IoBase = (ushort)io, Irq = (byte)irq };
        return true;
    }

    // The request in m becomes its reply: A1 = IoStatus, A2 = the length moved, A3 = the copy's kernel status.
    private static void Serve(Message* m, byte* frame, int deviceStatus)
    {
        int client = m->Source;
        ulong grant = m->A3;
        PacketRequest request;
        request.Operation = m->Type == PacketDriverRequest.Send ? PacketOperation.Send : m->Type == PacketDriverRequest.Receive ? PacketOperation.Receive : 0;
        request.Device = (uint)m->A1;
        request.Length = m->A2 <= PacketRequest.MaxFrame ? (uint)m->A2 : 0;
        request.TimeoutTicks = (uint)m->A4;
        request.Data = frame;
        PacketReply reply = default;
        long copy = IpcStatus.Ok;
        if (deviceStatus != IoStatus.Ok) reply.Status = deviceStatus;
        else if (request.Operation == PacketOperation.Send && request.Length != 0
                 && (copy = Grants.SafeCopyFrom(client, grant, 0, frame, request.Length)) != IpcStatus.Ok)
            reply.Status = IoStatus.Invalid;
        else
        {
            s_driver.Handle(&request, &reply);
            // A length past the room is a wrong answer (a planned bad-return): passed on for the server to judge, not copied.
            if (request.Operation == PacketOperation.Receive && reply.Status == IoStatus.Ok && reply.Length <= request.Length
                && (copy = Grants.SafeCopyTo(client, grant, 0, frame, reply.Length)) != IpcStatus.Ok)
                reply.Status = IoStatus.Invalid;
        }
        *m = default;
        m->Type = PacketDriverRequest.Reply;
        m->A1 = (ulong)(long)reply.Status;
        m->A2 = reply.Length;
        m->A3 = (ulong)copy;
    }
}
