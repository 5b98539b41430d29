using System.Buffers.Binary;

namespace Testbed.Harness.Images;

/// <summary>
/// Checks, before QEMU starts, that a file is something QEMU's -kernel can boot as a
/// Multiboot v1 kernel. QEMU's own messages for a wrong image are vague or missing (it may
/// just start executing garbage), so the harness names the problem instead.
/// </summary>
public static class MultibootImage
{
    /// <summary>Multiboot v1 spec, 3.1.1: the header lies within the first 8192 bytes, 32-bit aligned.</summary>
    public const int SearchWindow = 8192;
    public const uint HeaderMagic = 0x1BADB002;

    const int HeaderLength = 12; // magic, flags, checksum
    const byte ElfClass32 = 1;
    const byte ElfClass64 = 2;

    /// <summary>Throws <see cref="BadImageException"/> if <paramref name="path"/> is not a bootable image.</summary>
    public static void Validate(string path)
    {
        if (!File.Exists(path))
            throw new BadImageException($"{path}: no such file");

        var head = new byte[SearchWindow];
        int length;
        using (var file = File.OpenRead(path))
            length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);

        var problem = FindProblem(head.AsSpan(0, length));
        if (problem is not null)
            throw new BadImageException($"{path}: {problem}");
    }

    /// <summary>What is wrong with an image whose first bytes are <paramref name="head"/>; null if it is bootable.</summary>
    public static string? FindProblem(ReadOnlySpan<byte> head)
    {
        if (head.Length < 16 || !head[..4].SequenceEqual("\u007fELF"u8))
            return "not an ELF file";

        // QEMU's Multiboot loader refuses 64-bit ELF ("Cannot load x86-64 image"); the build
        // converts the linked kernel with objcopy -O elf32-i386.
        switch (head[4])
        {
            case ElfClass32: break;
            case ElfClass64: return "ELF64: QEMU -kernel needs an ELF32 Multiboot image";
            default: return $"unknown ELF class {head[4]}";
        }

        var window = head[..Math.Min(head.Length, SearchWindow)];
        uint? badChecksumAt = null;
        for (var offset = 0; offset + HeaderLength <= window.Length; offset += 4)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(window[offset..]) != HeaderMagic)
                continue;
            var flags = BinaryPrimitives.ReadUInt32LittleEndian(window[(offset + 4)..]);
            var checksum = BinaryPrimitives.ReadUInt32LittleEndian(window[(offset + 8)..]);
            if (unchecked(HeaderMagic + flags + checksum) == 0)
                return null;
            badChecksumAt ??= (uint)offset;
        }

        return badChecksumAt is { } at
            ? $"no Multiboot header in the first 8 KiB (magic at 0x{at:x} has a bad checksum)"
            : "no Multiboot header in the first 8 KiB";
    }
}
