// SYS_SAFECOPY through the driver, each refusal with one thing wrong and all else a valid
// request (MINIX 3: safecopy's EPERM cases): a grant id past the table, a grant to another
// endpoint, a revoked grant, a grant shorter than the request, a read-only grant for a read
// (the driver must write into it). The client's buffer must come through them untouched.
using Testbed.Workloads;

namespace MinixStyle.Processes.BlockBench;

public static unsafe class GrantRefusals
{
    private const ulong Lba = 1024;

    /// <summary><paramref name="revoke"/> false (selftest-break) leaves the revoked grant valid, so its check must fail.</summary>
    public static void Run(Grant* table, byte* block, bool revoke)
    {
        for (uint s = 0; s < 8; s++) CheckedSector.Build(block + s * 512, 77, Lba + s);
        int written = BlockDevice.Request(BlockDriverRequest.Write, Lba, 8, 0);
        long writeCopy = BlockDevice.LastCopyStatus;
        for (uint i = 0; i < 4096 / 8; i++) ((ulong*)block)[i] = 0;
        int read = BlockDevice.Request(BlockDriverRequest.Read, Lba, 8, 0);
        bool intact = true;
        for (uint s = 0; s < 8; s++) intact &= CheckedSector.IsIntact(block + s * 512, 77, Lba + s);
        Diag.Check(CheckId.SafeCopyThroughGrant, written == IoStatus.Ok && read == IoStatus.Ok && writeCopy == IpcStatus.Ok
            && BlockDevice.LastCopyStatus == IpcStatus.Ok && intact, (ulong)BlockDevice.LastCopyStatus);

        // Each refused read must leave the block as it was (sequence 77, built again before each).
        Refused(CheckId.SafeCopyBadGrantRefused, BlockDriverRequest.Read, BlockBenchMain.GrantEntries + 3, block);
        Grants.Make(table, 1, Endpoint.Pm, block, 4096, Grant.Read | Grant.Write);
        Refused(CheckId.SafeCopyWrongGranteeRefused, BlockDriverRequest.Read, 1, block);
        Grants.Make(table, 2, BlockDevice.Driver, block, 4096, Grant.Read | Grant.Write);
        if (revoke) Grants.Revoke(table, 2);
        Refused(CheckId.SafeCopyRevokedRefused, BlockDriverRequest.Read, 2, block);
        Grants.Make(table, 3, BlockDevice.Driver, block, 512, Grant.Read | Grant.Write);
        Refused(CheckId.SafeCopyOutOfRangeRefused, BlockDriverRequest.Read, 3, block);
        Grants.Make(table, 4, BlockDevice.Driver, block, 4096, Grant.Read);
        Refused(CheckId.SafeCopyWrongAccessRefused, BlockDriverRequest.Read, 4, block);
    }

    private static void Refused(CheckId check, int type, ulong grant, byte* block)
    {
        for (uint s = 0; s < 8; s++) CheckedSector.Build(block + s * 512, 77, Lba + s);
        int status = BlockDevice.Request(type, Lba + 8, 8, grant);   // another block: its data would differ
        bool untouched = true;
        for (uint s = 0; s < 8; s++) untouched &= CheckedSector.IsIntact(block + s * 512, 77, Lba + s);
        Diag.Check(check, status == IoStatus.Invalid && BlockDevice.LastCopyStatus == IpcStatus.BadGrant && untouched, (ulong)BlockDevice.LastCopyStatus);
    }
}
