using Testbed.Drivers.Requests;
using Testbed.Workloads;

namespace Testbed.Tests.Drivers;

/// <summary>
/// The end-to-end checks of the workloads (common/workloads) and the request formats
/// (common/drivers/Requests): a block or frame that differs in any bit is caught.
/// </summary>
public sealed unsafe class CheckedDataTests
{
    [Fact]
    public void Sector_RoundTrips_AndAnyFlippedBit_OrWrongPlace_IsCorruption()
    {
        byte* sector = stackalloc byte[512];
        CheckedSector.Build(sector, sequence: 42, lba: 7);
        Assert.True(CheckedSector.IsIntact(sector, 42, 7));
        Assert.False(CheckedSector.IsIntact(sector, 43, 7));   // stale data from another round
        Assert.False(CheckedSector.IsIntact(sector, 42, 8));   // data landed at the wrong LBA

        for (int bit = 0; bit < 512 * 8; bit += 37)
        {
            sector[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(CheckedSector.IsIntact(sector, 42, 7), $"flipped bit {bit} went unnoticed");
            sector[bit / 8] ^= (byte)(1 << (bit % 8));
        }
    }

    [Fact]
    public void Frame_RoundTrips_AndTruncation_OrAFlippedBit_IsCorruption()
    {
        byte* frame = stackalloc byte[1514];
        for (ulong sequence = 1; sequence < 40; sequence++)
        {
            uint length = CheckedFrame.LengthFor(sequence);
            Assert.InRange(length, PacketRequest.MinFrame, PacketRequest.MaxFrame);
            CheckedFrame.Build(frame, sequence, length);
            Assert.True(CheckedFrame.IsOurs(frame, length, out ulong got));
            Assert.Equal(sequence, got);
            Assert.True(CheckedFrame.IsIntact(frame, length));
            Assert.False(CheckedFrame.IsIntact(frame, length - 1));
            frame[length - 1] ^= 0x10;
            Assert.False(CheckedFrame.IsIntact(frame, length));
        }
    }

    [Fact]
    public void Checksum_DependsOnEveryByte_AndOnTheLength()
    {
        byte* data = stackalloc byte[64];
        Checksum.Fill(data, 64, seed: 5);
        uint reference = Checksum.Of(data, 64);
        Assert.NotEqual(reference, Checksum.Of(data, 63));
        for (int i = 0; i < 64; i++)
        {
            data[i] ^= 1;
            Assert.NotEqual(reference, Checksum.Of(data, 64));
            data[i] ^= 1;
        }
    }

    [Fact]
    public void RequestFormats_HaveTheFixedLayoutEveryPersonalityShares()
    {
        Assert.Equal(24, sizeof(BlockRequest));
        Assert.Equal(8, sizeof(BlockReply));
        Assert.Equal(24, sizeof(PacketRequest));
        Assert.Equal(8, sizeof(PacketReply));
    }

    [Fact]
    public void BlockRequest_Validation_RejectsWhatADriverMustNotDo()
    {
        byte* data = stackalloc byte[4096];
        var ok = new BlockRequest { Operation = BlockOperation.Read, Sectors = 8, Lba = 100, Data = data };
        Assert.True(ok.IsWellFormed(capacity: 108));
        Assert.False((ok with { Lba = 101 }).IsWellFormed(108));              // runs past the end
        Assert.False((ok with { Sectors = 9 }).IsWellFormed(1_000));          // more than one block
        Assert.False((ok with { Operation = 7 }).IsWellFormed(1_000));
        Assert.False((ok with { Data = null }).IsWellFormed(1_000));
        Assert.False((ok with { Lba = ulong.MaxValue }).IsWellFormed(1_000)); // no wrap-around
    }
}
