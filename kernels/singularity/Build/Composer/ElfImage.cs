// The address range an ELF64 image is linked at (the span of its PT_LOAD segments).
using System.Buffers.Binary;

namespace Singularity.Composer;

public static class ElfImage
{
    public static (ulong Start, ulong End) LoadRange(byte[] image)
    {
        if (image.Length < 64 || image[0] != 0x7F || image[1] != 'E' || image[2] != 'L' || image[3] != 'F' || image[4] != 2)
            throw new InvalidDataException("not an ELF64 image");
        ulong headers = BinaryPrimitives.ReadUInt64LittleEndian(image.AsSpan(32));
        int size = BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(54));
        int count = BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(56));
        ulong start = ulong.MaxValue, end = 0;
        for (int i = 0; i < count; i++)
        {
            var header = image.AsSpan((int)headers + i * size);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != 1) continue;
            ulong address = BinaryPrimitives.ReadUInt64LittleEndian(header[16..]);
            ulong memorySize = BinaryPrimitives.ReadUInt64LittleEndian(header[40..]);
            start = Math.Min(start, address);
            end = Math.Max(end, address + memorySize);
        }
        return (start, end);
    }
}
