// net-echo as a SIP: checked frames of every length sent on NIC 0 through the network
// driver SIP and received on NIC 1 (the two ends of one QEMU hub), each verified
// (common/workloads). Argument: frames, and WorkloadArgument.RecoveryRun: a recovery run,
// reporting its first successful reply (docs/recovery.md).
using System.Runtime;
using Singularity.Abi;
using Singularity.Processes.DriverGlue;
using Singularity.Processes.SipLibrary;

namespace Singularity.Processes.NetEcho;

public static class NetEchoMain
{
    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument)
    {
        uint frames = WorkloadArgument.Field(argument, 0, otherwise: 64);
        if (WorkloadArgument.IsRecoveryRun(argument)) return NetEchoRun.RunRecovery(frames, 200) ? 0 : 1;
        bool ok = NetEchoRun.Run(frames, 200, out ulong corrupted, out ulong errors, out ulong reconnects);
        Sip.Check("net-echo.completed", errors == 0, errors);
        Sip.Check("net-echo.no-corruption", corrupted == 0, corrupted);
        return ok ? 0 : 1;
    }
}
