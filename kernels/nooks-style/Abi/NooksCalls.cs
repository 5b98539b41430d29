// nooks-style's system call numbers and the apps process's modes, compiled into the kernel
// and into its ring-3 process image.
namespace NooksStyle.Abi;

public static class NooksCalls
{
    public const ulong Null = 0;
    public const ulong Exit = 1;            // a1 = exit code
    public const ulong BlockRead = 2;       // a1 = lba, a2 = sectors, a3 = buffer -> IoStatus
    public const ulong BlockWrite = 3;      // a1 = lba, a2 = sectors, a3 = buffer -> IoStatus
    public const ulong PacketSend = 4;      // a1 = device, a2 = frame, a3 = length -> IoStatus
    public const ulong PacketReceive = 5;   // a1 = device, a2 = buffer, a3 = room, a4 = timeout ticks -> length, or IoStatus (< 0)
    public const ulong Progress = 6;        // a1 = workload, a2 = done, a3 = errors, a4 = corrupted, a5 = retries | final << 63
    public const ulong Sample = 7;          // a1 = benchmark, a2 = value
    public const ulong IdleTime = 8;        // -> TSC ticks the kernel spent halted so far (subtracted by the benchmarks)
    public const ulong RecoveryReply = 9;   // a1 = TSC, a2 = halted ticks when the first successful reply was back (the recovery runs)
    public const ulong BenchReplies = 10;    // a1 = benchmark, a2 = its wrong replies (sent once, after its loop)

    // What the apps process does (its start argument: mode | parameter << 8).
    public const ulong ModeDiskIntegrity = 1;   // parameter: blocks | rounds << 16
    public const ulong ModeNetEcho = 2;         // parameter: frames
    public const ulong ModeBench = 3;           // parameter: iterations
    public const ulong ModeDiskRecovery = 4;    // disk-integrity (parameter as ModeDiskIntegrity), reporting its first successful reply
    public const ulong ModeNetRecovery = 5;     // net-echo (parameter as ModeNetEcho), reporting its first successful reply

    // Benchmarks the apps process samples (Sample's a1).
    public const ulong BenchNull = 0, BenchBlockRead = 1, BenchBlockWrite = 2, BenchPacketEcho = 3, BenchTscOverhead = 4;
    public const int BenchCount = 5;
}
