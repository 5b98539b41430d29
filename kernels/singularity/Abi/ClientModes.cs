// What the kernel asks the echo client to do (low 16 bits of its argument).
namespace Singularity.Abi;

public static class ClientMode
{
    public const long Functional = 1;       // ownership transfer, channel checks
    public const long Benchmark = 2;        // kernel API call and channel round trip
    public const long TouchSentBlock = 3;   // uses a block after sending it: must be killed
    public const long StaleState = 4;       // sends from a consumed protocol state: must be killed
    public const long Workload = 5;         // checked requests, retried across service restarts
    public const long Undeclared = 6;       // a channel and ports its manifest does not declare
    public const long PingPong = 7;         // many checked round trips (fast and asynchronous), reporting nothing
}
