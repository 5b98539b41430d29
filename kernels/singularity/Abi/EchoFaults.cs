// How the kernel encodes a SIP's start argument for the echo SIPs, compiled into the
// kernel and both SIPs: mode in bits 0..15, an injected fault kind in bits 16..31 and the
// request at which it strikes in bits 32..47 (the command line's fault=echo:<kind>@<n>);
// for a client, the request or round-trip count in bits 16..47 and in bits 48..63 the
// workload's expected retries (what the fault the kernel planned forces) or the benchmark's
// BenchBreak bits.
// The kinds are the shared list (common/drivers/Faults/InjectedFault.cs, compiled into the
// echo SIPs too); FaultCatalog.Supports says which of them the echo target commits.
namespace Singularity.Abi;

public static class EchoArgument
{
    public static long Service(long mode, long faultKind, long faultAt) => mode | faultKind << 16 | faultAt << 32;
    public static long Client(long mode, long count, long high = 0) => mode | count << 16 | high << 48;

    public static long Mode(long argument) => argument & 0xFFFF;
    public static long FaultKind(long argument) => (argument >> 16) & 0xFFFF;
    public static long FaultAt(long argument) => (argument >> 32) & 0xFFFF;
    /// <summary>For clients: how many requests or round trips (bits 16..47).</summary>
    public static long Count(long argument) => (argument >> 16) & 0xFFFF_FFFF;
    /// <summary>For clients, bits 48..63: the workload's expected retries (what the kernel's fault plan forces), the benchmark's BenchBreak bits.</summary>
    public static long High(long argument) => (argument >> 48) & 0xFFFF;
}

/// <summary>What the kernel asks the echo service to do (low 16 bits).</summary>
public static class ServiceMode
{
    public const long Forever = 0;          // serve clients one after another until killed
    public const long OneClient = 1;        // serve one client, then exit
    public const long LeaveEarly = 2;       // take one client's first message, then exit without waiting for its close
}

/// <summary>The benchmark client's replies to read off by one (the kernel's selftest-break=bench.<name>.replies).</summary>
public static class BenchBreak
{
    public const long RoundTrip = 1;        // bench.channel.roundtrip.replies
    public const long RoundTripAsync = 2;   // bench.channel.roundtrip-async.replies
}

/// <summary>How the echo service ends (its exit code), so that the kernel can tell what its last receive returned.</summary>
public static class ServiceExit
{
    public const long SawChannelClosed = 16;    // its receive returned channel-closed: the client closed or died
    public const long UnexpectedMessage = 17;   // a message of no known tag (the generated code refuses those first)
    public const long LeftEarly = 18;           // LeaveEarly: it never waited for the close
}
