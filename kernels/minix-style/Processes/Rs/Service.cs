// What RS knows of one service: its name and policy from system.conf, the endpoint of its
// current instance, its heartbeat and its failures (MINIX 3: struct rproc, servers/rs/type.h).
namespace MinixStyle.Processes.Rs;

public enum ServiceState { Running, WaitingToRestart, GaveUp, Dead }

public unsafe struct Service
{
    public ulong Name;                  // DS key of its system.conf name
    public int BootEndpoint, Endpoint;
    public ServiceState State;
    public byte RestartKind;            // Build/ServiceConfig's RestartKind: 0 none, 1 restart, 2 backoff, 3 give-up-after
    public ushort GiveUpFailures;       // K of give-up-after K in T
    public uint GiveUpWindow;           // T, ticks
    public uint Heartbeat;              // ticks between pings; 0 = none

    public bool AwaitingPong;
    public bool NeedsPublish;           // its endpoint is not yet in DS (a service without a fixed one)
    public ulong PingAt;                // tick of the ping not yet answered, or of the last answer
    public ulong RestartAt;             // while WaitingToRestart
    public ulong DetectedTsc;           // when RS saw the failure: the start of the recovery it reports
    public ulong Cause;                 // FailureCause of the latest failure
    /// <summary>The expiry of the heartbeat that declared it hung, last time (the start of a hang's recovery, docs/recovery.md).</summary>
    public Testbed.Guest.Measure.RecoveryStamp HungAt;
    public uint Restarts, Consecutive;

    public const int FailureHistory = 16;
    public fixed ulong FailedAt[FailureHistory];   // ticks of the latest failures, a ring
    public int Failures;
}
