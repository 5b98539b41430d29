// What a peer task (Processes/Peer) does, by its start argument: mode | parameter << 8.
namespace L4Style.Abi;

public static class PeerMode
{
    public const ulong EchoServer = 1;      // reply-and-wait forever: MR0 + 1, the receive time in MR1, a checksum of a string in MR2
    public const ulong Refused = 2;         // send to a slot it holds no right for; report the status to slot 1
    public const ulong MemoryAgent = 3;     // obey MemoryCommand calls from the root task
    public const ulong PageFaulter = 4;     // read an unmapped address, report what it read
    public const ulong ExitAtOnce = 5;      // return at once (task create/start/exit benchmark)
    public const ulong IoWithoutRight = 6;  // touch a port it has no right to
    public const ulong RtcDriver = 7;       // drive the CMOS RTC's periodic interrupt at user level, count interrupts
    public const ulong Spinner = 8;         // loop forever (preemption)

    public static ulong Of(ulong argument) => argument & 0xFF;
    public static ulong Parameter(ulong argument) => argument >> 8;
}

public static class MemoryCommand
{
    public const ulong Ready = 1;          // (to the root) waiting for commands
    public const ulong Read = 2;           // MR1 = address -> MR0 = the word there
    public const ulong MapTo = 3;          // MR1 = slot, MR2 = fpage, MR3 = 1 to grant: pass pages on to another agent
    public const ulong Accept = 4;         // (a map item arrives in the window) -> MR0 = ok
    public const ulong Write = 5;          // MR1 = address, MR2 = value
    public const ulong Sum = 6;            // MR1 = address, MR2 = bytes -> MR0 = sum of the bytes
}
