// How the kernel asks a driver workload SIP (disk-integrity, net-echo) for a recovery run
// rather than a measured one: a bit above the sizes in its argument (docs/recovery.md).
namespace Singularity.Abi;

public static class WorkloadArgument
{
    public const long RecoveryRun = 1L << 40;

    public static bool IsRecoveryRun(long argument) => (argument & RecoveryRun) != 0;

    /// <summary>The argument's low 16-bit field <paramref name="index"/>, or <paramref name="otherwise"/> if it is 0.</summary>
    public static uint Field(long argument, int index, uint otherwise)
    {
        uint value = (uint)((argument >> (16 * index)) & 0xFFFF);
        return value == 0 ? otherwise : value;
    }
}
