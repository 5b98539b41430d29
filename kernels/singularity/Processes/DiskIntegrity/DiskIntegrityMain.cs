// disk-integrity as a SIP: patterned, checksummed 4 KiB blocks written to the disk driver
// SIP and read back, every sector checked (common/workloads). Argument: blocks | rounds << 16,
// and RecoveryRun (bit 40): a recovery run, reporting its first successful reply (docs/recovery.md).
using System.Runtime;
using Singularity.Processes.DriverGlue;
using Singularity.Processes.SipLibrary;

namespace Singularity.Processes.DiskIntegrity;

public static class DiskIntegrityMain
{
    public const long RecoveryRun = 1L << 40;

    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument)
    {
        uint blocks = (uint)(argument & 0xFFFF);
        uint rounds = (uint)((argument >> 16) & 0xFFFF);
        if (blocks == 0) blocks = 16;
        if (rounds == 0) rounds = 2;
        if ((argument & RecoveryRun) != 0) return DiskIntegrityRun.RunRecovery(2048, blocks, rounds) ? 0 : 1;
        bool ok = DiskIntegrityRun.Run(2048, blocks, rounds, out ulong corrupted, out ulong errors, out ulong retries);
        Sip.Check("disk-integrity.completed", errors == 0, errors);
        Sip.Check("disk-integrity.no-corruption", corrupted == 0, corrupted);
        return ok ? 0 : 1;
    }
}
