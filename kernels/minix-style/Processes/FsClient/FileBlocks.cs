// The shared disk-integrity workload over files (common/workloads DiskIntegrity): its block
// numbers become places in files of FS, 8 blocks of 4 KiB to a file, so every block it writes
// and reads back goes through FS, its inodes and zones, to the disk.
using Testbed.Workloads;

namespace MinixStyle.Processes.FsClient;

public unsafe struct FileBlocks : IWorkloadClient
{
    public const int Files = 2, BlocksPerFile = 8;
    private const ulong SectorsPerFile = BlocksPerFile * 8;
    public static ulong First;          // the first file's number; the others follow it

    public static bool CreateFiles()
    {
        for (int f = 0; f < Files; f++)
        {
            if (MinixStyle.Processes.MinixLib.Files.Create(Name(f), out ulong file) != FsStatus.Ok) return false;
            if (f == 0) First = file;
            else if (file != First + (ulong)f) return false;
        }
        return true;
    }

    public static ulong Name(int f) => DsKey.Of("blocks") | (ulong)('0' + f) << 48;

    public int BlockRead(ulong lba, uint sectors, byte* data) => Move(FsRequest.Read, lba, sectors);
    public int BlockWrite(ulong lba, uint sectors, byte* data) => Move(FsRequest.Write, lba, sectors);

    // Grant 0 covers the client's one block buffer, which the workload fills and checks.
    private static int Move(int type, ulong lba, uint sectors)
    {
        ulong file = First + lba / SectorsPerFile, offset = lba % SectorsPerFile * BlockRequest.SectorSize, bytes = (ulong)sectors * BlockRequest.SectorSize;
        ulong status = type == FsRequest.Read ? MinixStyle.Processes.MinixLib.Files.Read(file, offset, bytes, 0, out ulong done) : MinixStyle.Processes.MinixLib.Files.Write(file, offset, bytes, 0, out done);
        return status == FsStatus.Ok && done == bytes ? IoStatus.Ok : IoStatus.DeviceError;
    }

    public int PacketSend(uint device, byte* frame, uint length) => IoStatus.NoDevice;
    public int PacketReceive(uint device, byte* frame, uint room, uint timeoutTicks, out uint length)
    {
        length = 0;
        return IoStatus.NoDevice;
    }
    public void Progress(WorkloadId workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final) { }
}
