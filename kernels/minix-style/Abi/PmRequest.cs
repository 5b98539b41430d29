// The requests PM serves (MINIX 3: the PM_* call numbers of include/minix/callnr.h, here
// only those this kernel has so far) and the ones ipc-test uses to drive the IPC checks.
namespace MinixStyle.Abi;

public static class PmRequest
{
    public const int GetPid = 1;            // -> A1 = the caller's endpoint as PM saw it, A2 = sendnb pings received
    public const int Exit = 2;              // A1 = code: PM ends the caller (no reply)
    public const int Null = 3;              // an empty reply at once: the round-trip benchmark
    public const int NotifyThenReply = 4;   // PM notifies the caller twice, then replies
    public const int SendBack = 5;          // PM sends a message to the caller (the deadlock check's other half)
    public const int Ping = 6;              // one-way (sendnb): counted, never answered
    public const int PublishShared = 7;     // PM publishes the DS key "shared" -> A3 = DS's status
    public const int NextDeath = 8;         // RS: -> A1 = endpoint of a process that ended, A2 = its exit code, A3 = 0 (1: none left)

    // The process calls (MINIX 3: PM_FORK, PM_EXEC, PM_WAITPID, PM_KILL, PM_PAUSE; MinixLib's ProcessCalls).
    public const int Fork = 9;              // A1 = the child's entry (MinixLib's trampoline), A2 = its rdi, A3 = its rsp -> A1 = the child's endpoint (A3 = status)
    public const int Exec = 10;             // A1, A2 = a boot module's name (16 bytes, NUL padded), A3 = start argument: no reply if it worked (A3 = status if not)
    public const int Wait = 11;             // A1 = a child's endpoint or Endpoint.Any: blocks until one ends -> A1 = its endpoint, A2 = its exit code (A3 = status; BadEndpoint: no such child)
    public const int Kill = 12;             // A1 = a child's endpoint: PM ends it with KilledExitCode (A3 = status)
    public const int Pause = 13;            // never answered: the caller waits until it is killed

    /// <summary>The exit code of a child ended by Kill (after a shell's 128 + SIGKILL, negated so it is no program's own).</summary>
    public const int KilledExitCode = -137;

    public const int Reply = 0x100;         // every reply's Type; A3 = the status of PM's own IPC where one matters
}
