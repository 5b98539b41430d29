// The file workload: through FS only (MINIX 3: a user program's open/read/write/unlink), with
// its one block buffer granted to FS. The checked disk-integrity workload over files, the file
// calls' own checks (an unlinked file's zones come back and its name is gone; a file that does
// not exist is refused), then the file figures. A restarted FS (fault=fs:...) or disk driver
// (fault=ata:...) must not show: the library resubmits to FS, and FS to the driver.
using Testbed.Workloads;

namespace MinixStyle.Processes.FsClient;

public static unsafe class FsClientMain
{
    private const uint IntegrityRounds = 2;

    private static BlockRoom s_block;
    private static GrantTableRoom s_table;
    private static MessageRoom s_room;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        byte* block = BlockRoom.Aligned(ref s_block);
        Grant* table = GrantTableRoom.Aligned(ref s_table);
        Grants.Make(table, 0, Endpoint.Fs, block, 4096, Grant.Read | Grant.Write);
        Grants.SetTable(table, 1);
        WaitForTheDiskBench();

        bool created = FileBlocks.CreateFiles();
        DiskIntegrity<FileBlocks> integrity = default;
        bool intact = created && integrity.Run(0, FileBlocks.Files * FileBlocks.BlocksPerFile, IntegrityRounds, block);
        Diag.Check(CheckId.FsIntegrity, intact, integrity.Errors << 32 | integrity.Corrupted);
        if (!intact) return 1;

        UnlinkFrees();
        ulong refused = Files.Read(FsLayoutNumbers.NoSuchFile, 0, 512, 0, out _);
        Diag.Check(CheckId.FsBadFileRefused, refused == FsStatus.BadFile, refused);

        int failures = WriteReadBench.Run<FileBlocks>(block, StartArgument.Iterations(argument), 0, FileBlocks.Files * FileBlocks.BlocksPerFile,
            CheckId.FsBenchIntact, BenchId.FileRead, BenchId.FileWrite);
        // A restarted FS was hidden from the workload: the calls sent again all came back right.
        if (Files.Resubmissions != 0) Diag.Check(CheckId.FsClientResubmitted, failures == 0, Files.Resubmissions);
        return failures == 0 ? 0 : 2;
    }

    // The raw block client's figures and these must not share the disk: wait until it has
    // published that it is done (a tick at a time; it finishes in a few hundred).
    private static void WaitForTheDiskBench()
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        for (int tick = 0; tick < 5000; tick++)
        {
            *m = default;
            m->Type = DsRequest.Retrieve;
            m->A1 = DsKey.Of("disk.end");
            long asked = Ipc.SendRec(Endpoint.Ds, m);
            if (asked != IpcStatus.Ok || m->A3 == DsStatus.Ok) return;     // done, or no DS to tell us (it was lost)
            Sys.Call(KernelCallNumber.SetAlarm, 1, 0, 0, 0, out _);
            Ipc.Receive(Endpoint.Clock, m);
        }
    }

    // Two zones' worth written to a new file; after the unlink they are free again and the name is gone.
    private static void UnlinkFrees()
    {
        ulong name = DsKey.Of("scratch");
        Files.Create(name, out ulong file);
        Files.Stat(file, out _, out ulong freeBefore);
        Files.Write(file, 0, 4096, 0, out ulong first);
        Files.Write(file, 4096, 4096, 0, out ulong second);
        Files.Stat(file, out ulong size, out ulong freeWritten);
        ulong unlinked = Files.Unlink(name);
        Files.Stat(file, out _, out ulong freeAfter);
        ulong reopened = Files.Open(name, out _);
        bool ok = first == 4096 && second == 4096 && size == 8192 && freeWritten == freeBefore - 2 && unlinked == FsStatus.Ok
            && freeAfter == freeBefore && reopened == FsStatus.NotFound;
        Diag.Check(CheckId.FsUnlinkFrees, ok, freeBefore << 32 | freeAfter);
    }
}

/// <summary>A file number FS never hands out (its inode table has 64 entries).</summary>
public static class FsLayoutNumbers
{
    public const ulong NoSuchFile = 63;
}
