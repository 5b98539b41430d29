// The disk driver SIP: starts the drive (ports and IRQ from its manifest, the IDE
// controller's bus-master registers from its PCI BAR claim), registers
// /dev/disk0 and serves one client channel at a time. Argument 1: exit after one client.
using System.Runtime;
using Contracts;
using Singularity.Processes.DriverGlue;
using Singularity.Processes.SipLibrary;

namespace Singularity.Processes.DiskDriver;

public static class DiskDriverMain
{
    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument)
    {
        DiskService disk = DiskService.Start();
        if (disk == null)
        {
            Sip.Log("no ATA drive on the primary channel");
            return 2;
        }
        ServiceListener listener = Disk.Exp.Register("/dev/disk0");
        if (listener == null) return 3;
        while (true)
        {
            Disk.Exp client = Disk.Exp.Accept(listener);
            if (client == null) return 4;
            Serve(disk, client);
            client.Close();
            if (argument == 1) return 0;
        }
    }

    private static void Serve(DiskService disk, Disk.Exp client)
    {
        // Each answer goes out with the wait for the next request (reply-and-wait: one kernel call).
        Disk.Exp.ReadyMessage message = client.Begin.Receive();
        while (true)
        {
            if (message.Closed) return;
            if (message.IsRead(out long lba, out int sectors, out ExBlock data, out Disk.Exp.Busy busy))
            {
                int status = disk.Read(lba, sectors, data, out int moved);
                message = busy.SendDoneAndReceive(status, moved, data);
            }
            else if (message.IsWrite(out lba, out sectors, out data, out busy))
            {
                int status = disk.Write(lba, sectors, data, out int moved);
                message = busy.SendDoneAndReceive(status, moved, data);
            }
            else return;        // the generated code ends the SIP on any other tag before this
        }
    }
}
