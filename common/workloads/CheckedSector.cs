// One 512-byte sector of the disk-integrity workload: a header that says what the sector
// must be (its sequence number and LBA) and the checksum of everything after the checksum
// field. A sector read back is "corrupted" unless it is exactly what was written there.
//   0  ulong  sequence    8  ulong lba    16  uint checksum    20  uint magic    24.. payload
namespace Testbed.Workloads;

public static unsafe class CheckedSector
{
    public const uint Size = 512;
    public const uint Magic = 0x7E57_B10C;
    private const uint ChecksumOffset = 16, CoveredOffset = 20;

    public static void Build(byte* sector, ulong sequence, ulong lba)
    {
        *(ulong*)sector = sequence;
        *(ulong*)(sector + 8) = lba;
        *(uint*)(sector + CoveredOffset) = Magic;
        Checksum.Fill(sector + 24, Size - 24, sequence ^ (lba << 20));
        *(uint*)(sector + ChecksumOffset) = Expected(sector);
    }

    public static bool IsIntact(byte* sector, ulong sequence, ulong lba)
        => *(ulong*)sector == sequence && *(ulong*)(sector + 8) == lba && *(uint*)(sector + CoveredOffset) == Magic
           && *(uint*)(sector + ChecksumOffset) == Expected(sector);

    private static uint Expected(byte* sector)
        => Checksum.Of(sector, ChecksumOffset) ^ Checksum.Of(sector + CoveredOffset, Size - CoveredOffset);
}
