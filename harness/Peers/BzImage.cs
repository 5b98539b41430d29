using System.Buffers.Binary;

namespace Testbed.Harness.Peers;

/// <summary>
/// Checks that a file is a Linux kernel QEMU's -kernel boots by the Linux boot protocol
/// (Documentation/arch/x86/boot.rst): the setup header's "HdrS" at 0x202 and a protocol of
/// at least 2.06 (the initrd and command-line fields QEMU fills).
/// </summary>
public static class BzImage
{
    const int HeaderOffset = 0x202, VersionOffset = 0x206;
    const ushort MinimumProtocol = 0x0206;

    public static void Validate(string path)
    {
        if (!File.Exists(path))
            throw new BadImageException($"{path}: no such file");
        var head = new byte[0x210];
        int length;
        using (var file = File.OpenRead(path))
            length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (FindProblem(head.AsSpan(0, length)) is { } problem)
            throw new BadImageException($"{path}: {problem}");
    }

    /// <summary>What is wrong with a kernel whose first bytes are <paramref name="head"/>; null if QEMU can boot it.</summary>
    public static string? FindProblem(ReadOnlySpan<byte> head)
    {
        if (head.Length < VersionOffset + 2 || !head.Slice(HeaderOffset, 4).SequenceEqual("HdrS"u8))
            return "not a Linux kernel image (no \"HdrS\" setup header at 0x202)";
        ushort protocol = BinaryPrimitives.ReadUInt16LittleEndian(head[VersionOffset..]);
        return protocol < MinimumProtocol ? $"Linux boot protocol {protocol >> 8}.{protocol & 0xFF} is older than 2.06" : null;
    }
}
