// A block driver behind the Disk contract: Read and Write, each answered with Done; a
// request's data travels in an exchange heap block, checked before the driver sees it.
using Contracts;
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Hosting;
using Testbed.Drivers.Requests;

namespace Singularity.Processes.DriverGlue;

public unsafe struct DiskChannel<TDriver> : IDriverChannel<TDriver> where TDriver : struct, IBlockDriver
{
    public ServiceListener Register(string path) => Disk.Exp.Register(path);

    public bool ServeClient(ref TDriver driver, ServiceListener listener)
    {
        Disk.Exp client = Disk.Exp.Accept(listener);
        if (client == null) return false;
        // Each answer goes out with the wait for the next request (reply-and-wait: one kernel call).
        Disk.Exp.ReadyMessage message = client.Begin.Receive();
        while (!message.Closed)
        {
            if (message.IsRead(out long lba, out int sectors, out ExBlock data, out Disk.Exp.Busy busy))
            {
                int status = Handle(ref driver, BlockOperation.Read, lba, sectors, data, out int moved);
                message = busy.SendDoneAndReceive(status, moved, data);
            }
            else if (message.IsWrite(out lba, out sectors, out data, out busy))
            {
                int status = Handle(ref driver, BlockOperation.Write, lba, sectors, data, out int moved);
                message = busy.SendDoneAndReceive(status, moved, data);
            }
            else break;         // the generated code ends the SIP on any other tag before this
        }
        client.Close();
        return true;
    }

    private static int Handle(ref TDriver driver, uint operation, long lba, int sectors, ExBlock data, out int moved)
    {
        moved = 0;
        if (sectors < 1 || sectors > (int)BlockRequest.MaxSectors || data.IsNone || data.Length < sectors * BlockRequest.SectorSize)
            return IoStatus.Invalid;
        var request = new BlockRequest
        {
            Operation = operation,
            Sectors = (uint)sectors,
            Lba = (ulong)lba,
            Data = data.Payload(sectors * BlockRequest.SectorSize),
        };
        BlockReply reply;
        driver.Handle(&request, &reply);
        moved = (int)reply.Sectors;
        return reply.Status;
    }
}
