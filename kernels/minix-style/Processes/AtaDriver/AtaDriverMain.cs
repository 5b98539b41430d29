// The disk driver process (MINIX 3: drivers/storage/at_wini over libblockdriver): the shared
// ATA driver, unchanged, over MinixDriverEnv. It attaches IRQ 14, starts the PIIX primary
// channel with the bus-master base the kernel found (its start argument), then serves
// block requests (Abi/BlockDriverRequest.cs): receive from anyone, reply with send. A
// request's data moves between the driver's own block buffer and the client's memory by
// SYS_SAFECOPY through the grant the client named, never by a shared mapping.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Testbed.Drivers.Faults;
using AtaDriver = Testbed.Drivers.Ata.AtaDriver<MinixStyle.Processes.MinixLib.MinixDriverEnv>;

namespace MinixStyle.Processes.AtaDriverProcess;

public static unsafe class AtaDriverMain
{
    private const int Irq = 14;
    private const uint BlockBytes = BlockRequest.MaxSectors * BlockRequest.SectorSize;

    private static BlockRoom s_block;
    private static AtaDriver s_driver;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        DriverHost.SetPlan((InjectedFault)StartArgument.AtaFaultKind(argument), StartArgument.AtaFaultPersistent(argument), StartArgument.AtaFaultAt(argument), FaultTarget.Ata);
        Driver.IrqCtl(IrqCtlOp.Attach, Irq);
        DriverConfig config = default;
        config.DeviceCount = 1;
        config.Device0 = new DeviceResources { IoBase = 0x1F0, ControlBase = 0x3F6, BusMasterBase = StartArgument.AtaBusMaster(argument), Irq = Irq };
        config.Faults = DriverHost.Plan;
        DriverInfo info = default;
        s_driver.Initialize(config, &info);

        // Page-aligned, so that each SYS_SAFECOPY is one page on this side.
        DriverHost.ServeRequests(&Serve, BlockRoom.Aligned(ref s_block), info.Status);
        return 0;
    }

    // The request in m becomes its reply: A1 = IoStatus, A2 = sectors moved, A3 = the copy's kernel status.
    private static void Serve(Message* m, byte* block, int deviceStatus)
    {
        int client = m->Source;
        ulong grant = m->A3;
        BlockRequest request;
        request.Operation = m->Type == BlockDriverRequest.Read ? BlockOperation.Read : m->Type == BlockDriverRequest.Write ? BlockOperation.Write : 0;
        request.Sectors = m->A2 <= BlockRequest.MaxSectors ? (uint)m->A2 : 0;
        request.Lba = m->A1;
        request.Data = block;
        ulong bytes = (ulong)request.Sectors * BlockRequest.SectorSize;
        BlockReply reply = default;
        long copy = IpcStatus.Ok;
        if (deviceStatus != IoStatus.Ok) reply.Status = deviceStatus;
        else if (request.Operation == BlockOperation.Write && bytes != 0 && (copy = Grants.SafeCopyFrom(client, grant, 0, block, bytes)) != IpcStatus.Ok)
            reply.Status = IoStatus.Invalid;
        else
        {
            s_driver.Handle(&request, &reply);
            if (request.Operation == BlockOperation.Read && reply.Status == IoStatus.Ok
                && (copy = Grants.SafeCopyTo(client, grant, 0, block, bytes)) != IpcStatus.Ok)
                reply.Status = IoStatus.Invalid;
        }
        *m = default;
        m->Type = BlockDriverRequest.Reply;
        m->A1 = (ulong)(long)reply.Status;
        m->A2 = reply.Sectors;
        m->A3 = (ulong)copy;
    }
}
