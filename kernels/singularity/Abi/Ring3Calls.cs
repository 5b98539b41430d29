// System calls of the ring-3 comparison process (compiled into the kernel and the process).
namespace Singularity.Abi;

public static class Ring3Calls
{
    public const ulong Null = 0;            // returns 0
    public const ulong Record = 1;          // samples[a1] = a2
    public const ulong Exit = 2;            // ends the process
    public const ulong Call = 3;            // send a1 to the server, wait for its reply (returned)
    public const ulong ReplyWait = 4;       // reply a1 to the waiting client (if a1 != 0), wait for the next request (returned)

    // Modes (the process's start argument: mode | count << 8).
    public const ulong ModeNullCalls = 1;
    public const ulong ModeExit = 2;
    public const ulong ModeClient = 3;
    public const ulong ModeServer = 4;

    public const int SlotOverhead = 0;
    public const int FirstSample = 1;
}
