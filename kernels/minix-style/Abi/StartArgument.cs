// What a boot process finds in its start argument: its own role and the run's sample count.
namespace MinixStyle.Abi;

public static class StartArgument
{
    public const ulong RoleSystem = 0;      // ipc-test with a system process's privileges: checks and benchmarks
    public const ulong RoleUser = 1;        // ipc-test with a user process's privileges: only sendrec, only to PM
    public const ulong RoleJumpIntoData = 2; // calls a `ret` byte in its data: must fault (no-execute)
    public const ulong RoleWriteText = 3;   // writes into its own code: must fault (read-only text)
    public const ulong RoleKeepRevokedGrant = 4; // the block client "forgets" to revoke: safecopy.revoked-grant-refused must fail

    public static ulong Pack(ulong role, ulong iterations) => role | iterations << 8;
    public static ulong Role(ulong argument) => argument & 0xFF;
    public static ulong Iterations(ulong argument) => argument >> 8;

    /// <summary>The user instance's exit code: one bit per refusal it saw as expected (UserRefusals).</summary>
    public const int UserSendDenied = 1, UserNotifyDenied = 2, UserTargetDenied = 4, UserKernelCallDenied = 8, UserSendRecAllowed = 16,
        UserReplyReceiveDenied = 32;
    public const int UserAllExpected = 63;

    /// <summary>
    /// The ATA driver's argument: what the kernel found and was told at boot. Bits 0-15 the
    /// PIIX IDE bus-master base (PCI BAR4; 0 = PIO only), 16-23 the planned fault's kind
    /// (InjectedFault; 0 = none), bit 24 persistent, 32-63 the request it is due at.
    /// </summary>
    public static ulong Ata(ushort busMaster, uint faultKind, bool persistent, uint atRequest) =>
        busMaster | (ulong)(faultKind & 0xFF) << 16 | (persistent ? 1UL << 24 : 0) | (ulong)atRequest << 32;
    public static ushort AtaBusMaster(ulong argument) => (ushort)argument;
    public static uint AtaFaultKind(ulong argument) => (uint)(argument >> 16) & 0xFF;
    public static bool AtaFaultPersistent(ulong argument) => (argument & 1UL << 24) != 0;
    public static uint AtaFaultAt(ulong argument) => (uint)(argument >> 32);
}
