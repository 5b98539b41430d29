// FS, the file server (MINIX 3: VFS and MFS in one process): mounts the file system (making
// one on a fresh disk), then serves create, open, read, write, close, unlink and stat in the
// servers' loop. Its disk requests go through BlockDevice, which resends the request in flight
// to a restarted disk driver, so its clients never see a driver failure (DSN 2007, section
// 5.2). A restarted FS mounts what is on the disk: the file numbers its clients hold stay good.
using Testbed.Drivers.Faults;

namespace MinixStyle.Processes.Fs;

public static unsafe class FsMain
{
    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        ServerFault.Arm(argument, FaultTarget.Fs);     // fault=fs:<kind>@<n>: committed at the n-th request
        FsDisk.Start();
        if (!FsMount.Mount(out _)) return 1;
        ServerLoop.Run(&Serve, FsRequest.Reply);
        return 0;
    }

    private static bool Serve(Message* request, Message* reply)
    {
        if (request->Type == Notification.Type) return false;
        ServerFault.AtRequest();
        int client = request->Source;
        ulong result = 0, status;
        switch (request->Type)
        {
            case FsRequest.Create:
                status = FsTables.Create(request->A1, out result);
                break;
            case FsRequest.Open:
                int inode = FsTables.Find(request->A1);
                status = inode < 0 ? FsStatus.NotFound : FsStatus.Ok;
                result = inode < 0 ? 0 : (ulong)inode;
                break;
            case FsRequest.Read:
                status = FsData.Read(client, request->A1, request->A2, request->A3, request->A4, out result);
                break;
            case FsRequest.Write:
                status = FsData.Write(client, request->A1, request->A2, request->A3, request->A4, out result);
                break;
            case FsRequest.Close:
                status = FsTables.File(request->A1) != null ? FsStatus.Ok : FsStatus.BadFile;
                break;
            case FsRequest.Unlink:
                status = FsTables.Unlink(request->A1);
                break;
            case FsRequest.Stat:
                Inode* n = FsTables.File(request->A1);
                status = n == null ? FsStatus.BadFile : FsStatus.Ok;
                result = n == null ? 0 : n->Bytes;
                reply->A2 = FsTables.FreeZones();
                break;
            default:
                status = FsStatus.BadRequest;
                break;
        }
        reply->A1 = result;
        reply->A5 = status;
        return true;
    }
}
