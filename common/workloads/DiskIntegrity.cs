// disk-integrity: write patterned, checksummed 4 KiB blocks (8 sectors, each its own
// CheckedSector), read every one back and verify it, for a number of rounds with new
// sequence numbers each round, so stale data from an earlier round is caught too.
// Counts: done = block operations completed, errors = requests that failed,
// corrupted = sectors that came back different from what was written.
using Testbed.Drivers.Requests;

namespace Testbed.Workloads;

public unsafe struct DiskIntegrity<TClient> where TClient : struct, IWorkloadClient
{
    public const uint SectorsPerBlock = BlockRequest.MaxSectors;

    public TClient Client;
    public ulong Done, Errors, Corrupted;

    /// <summary>Runs the workload on blocks [firstLba, firstLba + blocks * 8); the buffer holds one block.</summary>
    public bool Run(ulong firstLba, uint blocks, uint rounds, byte* block)
    {
        Done = Errors = Corrupted = 0;
        for (uint round = 0; round < rounds; round++)
        {
            for (uint b = 0; b < blocks; b++)
            {
                ulong lba = firstLba + (ulong)b * SectorsPerBlock;
                for (uint s = 0; s < SectorsPerBlock; s++)
                    CheckedSector.Build(block + s * CheckedSector.Size, Sequence(round, b, s), lba + s);
                if (Client.BlockWrite(lba, SectorsPerBlock, block) == IoStatus.Ok) Done++; else Errors++;
            }
            for (uint b = 0; b < blocks; b++)
            {
                ulong lba = firstLba + (ulong)b * SectorsPerBlock;
                for (uint i = 0; i < SectorsPerBlock * CheckedSector.Size / 8; i++) ((ulong*)block)[i] = 0;
                if (Client.BlockRead(lba, SectorsPerBlock, block) != IoStatus.Ok)
                {
                    Errors++;
                    continue;
                }
                Done++;
                for (uint s = 0; s < SectorsPerBlock; s++)
                    if (!CheckedSector.IsIntact(block + s * CheckedSector.Size, Sequence(round, b, s), lba + s)) Corrupted++;
            }
            Client.Progress(WorkloadId.DiskIntegrity, Done, Errors, Corrupted, 0, round + 1 == rounds);
        }
        return Errors == 0 && Corrupted == 0;
    }

    private static ulong Sequence(uint round, uint block, uint sector) => ((ulong)round << 40) | ((ulong)block << 8) | sector;
}
