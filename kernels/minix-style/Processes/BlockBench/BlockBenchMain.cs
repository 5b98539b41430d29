// The raw block client of the ATA driver process: it grants its one block buffer to the
// driver (grant 0 of a table in its own memory), runs the checked disk-integrity workload
// through it, then the grant refusals and the disk figures. If the driver dies or answers
// wrongly (a fault plan), RS restarts it and the client sends the request again to the new
// instance (BlockClient); only if RS gives up does the workload see the failure, which is
// reported, and the client ends.
using Testbed.Workloads;

namespace MinixStyle.Processes.BlockBench;

public static unsafe class BlockBenchMain
{
    public const int GrantEntries = GrantTableRoom.Entries;
    private const ulong IntegrityLba = 2048, BenchLba = 4096;
    private const uint IntegrityBlocks = 16, IntegrityRounds = 2;

    private static BlockRoom s_block;
    private static GrantTableRoom s_table;

    /// <summary>The DS key the block client publishes when it is done, so that the file workload's figures never share the disk with its own.</summary>
    public const string DoneKey = "disk.end";

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        int result = Run(argument);
        Sys.Request(Endpoint.Ds, DsRequest.Publish, DsKey.Of(DoneKey));
        return result;
    }

    private static int Run(ulong argument)
    {
        byte* block = BlockRoom.Aligned(ref s_block);
        Grant* table = GrantTableRoom.Aligned(ref s_table);

        long kernelTable = Grants.SetTable((Grant*)0x10_0000, 1);      // the kernel's image: not this process's memory
        Diag.Check(CheckId.SetGrantBadTableRefused, kernelTable == IpcStatus.BadAddress, (ulong)kernelTable);
        Grants.SetTable(table, GrantEntries);
        BlockDevice.Bind(table, GrantEntries);
        Grants.Make(table, 0, BlockDevice.Driver, block, 4096, Grant.Read | Grant.Write);

        DiskIntegrity<BlockClient> integrity = default;
        bool intact = integrity.Run(IntegrityLba, IntegrityBlocks, IntegrityRounds, block);
        Diag.Check(CheckId.DiskIntegrity, intact, integrity.Errors << 32 | integrity.Corrupted);
        if (!intact)
        {
            long why = BlockDevice.LastIpcFailure;
            Diag.Check(CheckId.DriverFailureReported, why == IpcStatus.DeadSource || why == IpcStatus.BadEndpoint, (ulong)why);
            return 1;
        }
        // A fault survived: the requests in flight went to the driver's next instance.
        if (BlockDevice.Resubmissions != 0) Diag.Check(CheckId.BlockClientResubmitted, BlockDevice.FirstSuccessAfterFailure != 0, BlockDevice.Resubmissions);
        GrantRefusals.Run(table, block, revoke: StartArgument.Role(argument) != StartArgument.RoleKeepRevokedGrant);
        if (WriteReadBench.Run<BlockClient>(block, StartArgument.Iterations(argument), BenchLba, 64, CheckId.DiskBenchIntact, BenchId.DiskRead, BenchId.DiskWrite) != 0) return 2;
        // The same with kernel calls in the caller's trap (MINIX 3.2's structure).
        Diag.KernelCallsInTrap(true);
        int inTrap = WriteReadBench.Run<BlockClient>(block, StartArgument.Iterations(argument), BenchLba, 64, CheckId.DiskBenchInTrapIntact, BenchId.DiskReadInTrap, BenchId.DiskWriteInTrap);
        Diag.KernelCallsInTrap(false);
        if (inTrap != 0) return 2;
        if (!RecoveryBench.Run()) return 3;
        return RecoveryBench.RunHang() ? 0 : 4;
    }
}
