// One Ethernet frame of the net-echo workload: broadcast destination, an experimental
// EtherType (IEEE 802 local experimental 0x88B5), then the frame's sequence number, its
// length, and the checksum of everything after the checksum field.
//   0 dst(6) 6 src(6) 12 type(2) 14 ulong sequence 22 uint length 26 uint checksum 30.. payload
namespace Testbed.Workloads;

public static unsafe class CheckedFrame
{
    public const ushort EtherType = 0x88B5;
    private const uint SequenceOffset = 14, LengthOffset = 22, ChecksumOffset = 26, PayloadOffset = 30;

    /// <summary>Frame lengths cycle through the Ethernet range, so short and full frames both cross.</summary>
    public static uint LengthFor(ulong sequence) => 60 + (uint)(sequence * 97 % (1514 - 60 + 1));

    public static void Build(byte* frame, ulong sequence, uint length)
    {
        for (int i = 0; i < 6; i++) frame[i] = 0xFF;
        frame[6] = 0x02;                                  // locally administered source
        for (int i = 7; i < 12; i++) frame[i] = (byte)i;
        frame[12] = EtherType >> 8;
        frame[13] = EtherType & 0xFF;
        *(ulong*)(frame + SequenceOffset) = sequence;
        *(uint*)(frame + LengthOffset) = length;
        Checksum.Fill(frame + PayloadOffset, length - PayloadOffset, sequence);
        *(uint*)(frame + ChecksumOffset) = Expected(frame, length);
    }

    /// <summary>True if the frame is one of ours (EtherType) at all; its sequence number in <paramref name="sequence"/>.</summary>
    public static bool IsOurs(byte* frame, uint length, out ulong sequence)
    {
        sequence = length >= PayloadOffset ? *(ulong*)(frame + SequenceOffset) : 0;
        return length >= PayloadOffset && frame[12] == EtherType >> 8 && frame[13] == (EtherType & 0xFF);
    }

    public static bool IsIntact(byte* frame, uint length)
        => length >= PayloadOffset && *(uint*)(frame + LengthOffset) == length && *(uint*)(frame + ChecksumOffset) == Expected(frame, length);

    private static uint Expected(byte* frame, uint length)
        => Checksum.Of(frame, ChecksumOffset) ^ Checksum.Of(frame + LengthOffset, 4) ^ Checksum.Of(frame + PayloadOffset, length - PayloadOffset);
}
