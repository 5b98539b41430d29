// The disk driver task: the shared ATA driver behind an IPC request loop. Each request
// names sectors in the region shared with the client; the reply carries the status.
using System.Runtime;
using L4Style.Abi;
using L4Style.Processes.DriverGlue;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Ata;
using Testbed.Drivers.Requests;

namespace L4Style.Processes.AtaDriver;

public static unsafe class AtaMain
{
    private static AtaDriver<L4DriverEnv> s_driver;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        DriverConfig config = DriverHost.Handshake();
        DriverInfo info = default;
        fixed (AtaDriver<L4DriverEnv>* driver = &s_driver)
        {
            driver->Initialize(config, &info);
            DriverHost.Ready(&info);
            if (info.Status != IoStatus.Ok) return 1;

            Message m = default;
            Ipc.Receive(ref m);
            while (true)
            {
                ulong requestWord = m.Mr0;
                BlockRequest request = default;
                request.Operation = (uint)requestWord;
                request.Sectors = (uint)m.Mr1;
                request.Lba = m.Mr2;
                request.Data = DriverHost.SharedData(m.Mr3, (ulong)request.Sectors * BlockRequest.SectorSize);
                BlockReply reply = default;
                driver->Handle(&request, &reply);
                m.Mr0 = (ulong)(long)reply.Status;
                m.Mr1 = reply.Sectors;
                Ipc.ReplyWait(ref m);
            }
        }
    }
}
