using System.Buffers.Binary;

namespace Testbed.Tests.Support;

/// <summary>
/// Small byte arrays shaped like kernel images: just enough ELF header for the validator,
/// and a Multiboot v1 header wherever a test wants one. No toolchain needed.
/// </summary>
internal static class SyntheticImage
{
    public const uint MultibootMagic = 0x1BADB002;

    public static byte[] Elf32Multiboot(int headerOffset = 0x1000, int length = 0x3000) =>
        Elf(elfClass: 1, length, headerOffset, goodChecksum: true);

    public static byte[] Elf(byte elfClass, int length = 0x3000, int? multibootAt = null, bool goodChecksum = true)
    {
        var image = new byte[length];
        "\u007fELF"u8.CopyTo(image);
        image[4] = elfClass;
        image[5] = 1; // little endian
        image[6] = 1; // ELF version
        if (multibootAt is { } at)
            WriteMultibootHeader(image, at, flags: 0x00000003, goodChecksum);
        return image;
    }

    public static void WriteMultibootHeader(byte[] image, int offset, uint flags, bool goodChecksum = true)
    {
        var checksum = unchecked(0u - MultibootMagic - flags);
        if (!goodChecksum)
            checksum ^= 1;
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(offset), MultibootMagic);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(offset + 4), flags);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(offset + 8), checksum);
    }
}
