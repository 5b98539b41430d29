// The file calls of the user library (MINIX 3: libc's open, read, write, close, unlink, each a
// message to the file server). The data is named by a grant of the caller's to FS. If FS dies
// under a call (DeadSource) or is not back yet (BadEndpoint), the call waits a tick and is sent
// again: FS keeps its endpoint across a restart and mounts what is on the disk, so the same
// request means the same thing to the new instance. Returns FsStatus; ulong.MaxValue if FS
// did not come back.

namespace MinixStyle.Processes.MinixLib;

public static unsafe class Files
{
    /// <summary>Tries, a tick apart: a restarted FS mounts from the disk first, whose completions take host time (more ticks on a loaded host).</summary>
    private const int MaxResubmissions = 200;
    private static MessageRoom s_room;

    /// <summary>Calls sent again to a restarted FS.</summary>
    public static ulong Resubmissions;

    public static ulong Create(ulong name, out ulong file) => Call(FsRequest.Create, name, 0, 0, 0, out file);
    public static ulong Open(ulong name, out ulong file) => Call(FsRequest.Open, name, 0, 0, 0, out file);
    public static ulong Read(ulong file, ulong offset, ulong bytes, ulong grant, out ulong done) => Call(FsRequest.Read, file, offset, bytes, grant, out done);
    public static ulong Write(ulong file, ulong offset, ulong bytes, ulong grant, out ulong done) => Call(FsRequest.Write, file, offset, bytes, grant, out done);
    public static ulong Close(ulong file) => Call(FsRequest.Close, file, 0, 0, 0, out _);
    public static ulong Unlink(ulong name) => Call(FsRequest.Unlink, name, 0, 0, 0, out _);

    /// <summary>The file's size in <paramref name="bytes"/> and the file system's free zones.</summary>
    public static ulong Stat(ulong file, out ulong bytes, out ulong freeZones)
    {
        ulong status = Call(FsRequest.Stat, file, 0, 0, 0, out bytes);
        freeZones = MessageRoom.Aligned(ref s_room)->A2;
        return status;
    }

    private static ulong Call(int type, ulong a1, ulong a2, ulong a3, ulong a4, out ulong result)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        for (int attempt = 0; ; attempt++)
        {
            *m = default;
            m->Type = type;
            m->A1 = a1; m->A2 = a2; m->A3 = a3; m->A4 = a4;
            long ipc = Ipc.SendRec(Endpoint.Fs, m);
            if (ipc == IpcStatus.Ok && m->Type == FsRequest.Reply)
            {
                result = m->A1;
                return m->A5;
            }
            result = 0;
            if ((ipc != IpcStatus.DeadSource && ipc != IpcStatus.BadEndpoint) || attempt == MaxResubmissions) return ulong.MaxValue;
            Resubmissions++;
            Sys.Call(KernelCallNumber.SetAlarm, 1, 0, 0, 0, out _);
            Ipc.Receive(Endpoint.Clock, m);
        }
    }
}
