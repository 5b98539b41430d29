// The end-to-end checksum of workload blocks and frames: FNV-1a over 64-bit words, with
// the byte tail folded in. Cheap enough to run on every sector and frame, and every bit
// of the input changes the result. No runtime needs: the unit tests compile it too.
namespace Testbed.Workloads;

public static unsafe class Checksum
{
    private const ulong Offset = 0xCBF2_9CE4_8422_2325, Prime = 0x0000_0100_0000_01B3;

    public static uint Of(byte* data, uint length)
    {
        ulong hash = Offset ^ length;
        uint words = length / 8;
        for (uint i = 0; i < words; i++)
            hash = (hash ^ ((ulong*)data)[i]) * Prime;
        for (uint i = words * 8; i < length; i++)
            hash = (hash ^ data[i]) * Prime;
        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>Deterministic filler for payloads: a xorshift stream seeded by <paramref name="seed"/>.</summary>
    public static void Fill(byte* data, uint length, ulong seed)
    {
        ulong state = seed * 0x9E37_79B9_7F4A_7C15 + 1;
        uint words = length / 8;
        for (uint i = 0; i < words; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            ((ulong*)data)[i] = state;
        }
        for (uint i = words * 8; i < length; i++) data[i] = (byte)(state >> (int)(i % 8 * 8));
    }
}
