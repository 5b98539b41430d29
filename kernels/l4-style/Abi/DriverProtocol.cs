// How l4-style's user-level drivers, their manager (in the root task) and their clients
// talk. Data never travels in messages: each driver shares a region of sigma0's memory
// with its client (mapped into both by the manager), and a request names an offset in it.
namespace L4Style.Abi;

public static class Modules
{
    // The order of BootModule items in L4Style.csproj (modules.txt).
    public const ulong Root = 0, Peer = 1, Ata = 2, Rtl8139 = 3, Workloads = 4, KeyedEcho = 5;
}

public static class DriverKind
{
    public const ulong Disk = 1;
    public const ulong Net = 2;
}

/// <summary>Driver -> manager, each a call on slot 1 (the manager is every driver's pager).</summary>
public static class DriverHello
{
    public const ulong Hello = 0x4E01;      // -> shared region mapped in the window; MR0..MR3 = DriverSetupWords
    public const ulong NeedDma = 0x4E02;    // -> DMA region mapped; MR0 = its physical address, MR1 = its size
    public const ulong Ready = 0x4E03;      // MR1 = status, MR2 = capacity, MR3/MR4 = MAC bytes -> go
}

/// <summary>The configuration in the Hello reply (DriverConfig packed into four words).</summary>
public static class DriverSetupWords
{
    public static ulong Device(ulong io, ulong control, ulong irq, ulong busMaster = 0) => io | control << 16 | irq << 32 | busMaster << 40;
    public static ushort Io(ulong word) => (ushort)word;
    public static ushort Control(ulong word) => (ushort)(word >> 16);
    public static byte Irq(ulong word) => (byte)(word >> 32);
    public static ushort BusMaster(ulong word) => (ushort)(word >> 40);
    // MR2: device count | fault kind << 8 | fault target << 16 | fault request << 32; MR3: the wild-write target.
}

// Client -> driver requests:
//   Block: MR0 = BlockOperation, MR1 = sectors, MR2 = lba, MR3 = offset in the shared region
//     -> MR0 = IoStatus, MR1 = sectors moved.
//   Packet: MR0 = PacketOperation, MR1 = device, MR2 = length (send) or room (receive),
//     MR3 = offset in the shared region, MR4 = timeout ticks -> MR0 = IoStatus, MR1 = length.
// The manager's heartbeat needs nothing from the driver: the kernel counts the ticks a
// thread spends in ring 3 without a system call (Op.ThreadStatus).

/// <summary>Client -> manager, calls on slot 1.</summary>
public static class ClientRequest
{
    public const ulong Connect = 0xC1;      // MR1 = DriverKind -> the driver's right in slot DriverSlot, the shared region mapped
    public const ulong Broken = 0xC2;       // MR1 = DriverKind, MR2 = generation: it answered nonsense or not at all; restart it
    public const ulong Final = 0xC3;        // MR1 = WorkloadId, MR2 = done, MR3 = errors, MR4 = corrupted, MR5 = retries
    public const ulong RecoveryReply = 0xC4; // MR1 = DriverKind, MR2 = counter, MR3 = halted ticks when the first successful reply was back
    // Connect and Broken are answered with MR0 = 1 (connected), MR1 = the driver's generation.
    public static ulong DriverSlot(ulong kind) => kind == DriverKind.Disk ? 2UL : 3UL;
}

public static class DriverLayout
{
    /// <summary>Where a driver's window starts (64 pages): the shared region first, DMA memory after it.</summary>
    public const ulong Window = Layout.MapArea;
    public const int WindowLog2 = 6;
    public const int SharedLog2 = 2;                // 4 pages shared with the client
    public const ulong SharedBytes = 4096UL << SharedLog2;
    public const int DmaLog2 = 4;                   // 16 pages of DMA memory
    public const ulong DmaOffset = 0x1_0000;        // at Window + 64 KiB
    /// <summary>Where a client sees the shared region of its driver of each kind.</summary>
    public static ulong ClientRegion(ulong kind) => Layout.MapArea + (kind == DriverKind.Disk ? 0UL : 0x10_0000UL);
}

/// <summary>Workload client modes (argument of the workloads image: mode | parameters << 8).</summary>
public static class WorkloadMode
{
    public const ulong Disk = 1;            // parameters: blocks | rounds << 16
    public const ulong Net = 2;             // parameters: frames
    public const ulong Bench = 3;           // parameters: iterations
    public const ulong DiskRecovery = 4;    // Disk, reporting when its first successful reply was back (RecoveryReply)
    public const ulong NetRecovery = 5;     // Net, the same
}
