// disk-integrity as a SIP: patterned, checksummed 4 KiB blocks written to the disk driver
// SIP and read back, every sector checked (common/workloads). Argument: blocks | rounds << 16,
// and WorkloadArgument.RecoveryRun: a recovery run, reporting its first successful reply (docs/recovery.md).
using System.Runtime;
using Singularity.Abi;
using Singularity.Processes.DriverGlue;
using Singularity.Processes.SipLibrary;

namespace Singularity.Processes.DiskIntegrity;

public static class DiskIntegrityMain
{
    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument)
    {
        uint blocks = WorkloadArgument.Field(argument, 0, otherwise: 16);
        uint rounds = WorkloadArgument.Field(argument, 1, otherwise: 2);
        if (WorkloadArgument.IsRecoveryRun(argument)) return DiskIntegrityRun.RunRecovery(2048, blocks, rounds) ? 0 : 1;
        bool ok = DiskIntegrityRun.Run(2048, blocks, rounds, out ulong corrupted, out ulong errors, out ulong retries);
        Sip.Check("disk-integrity.completed", errors == 0, errors);
        Sip.Check("disk-integrity.no-corruption", corrupted == 0, corrupted);
        return ok ? 0 : 1;
    }
}
