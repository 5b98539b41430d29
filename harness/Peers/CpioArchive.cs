using System.Text;

namespace Testbed.Harness.Peers;

/// <summary>
/// Writes an initramfs: a cpio archive in the "newc" format the Linux kernel unpacks at boot
/// (Documentation/driver-api/early-userspace/buffer-format.rst): per entry a 110-byte ASCII
/// header of thirteen 8-digit hex fields after the magic 070701, the NUL-terminated name,
/// padding to 4 bytes, the data, padding to 4 bytes; a "TRAILER!!!" entry ends it. Written
/// by the harness, so the Linux peer needs neither root nor Debian's cpio: its device node
/// (/dev/console, which init's standard streams open) is just a header.
/// </summary>
public sealed class CpioArchive
{
    public const string Magic = "070701";
    public const string Trailer = "TRAILER!!!";
    const int ModeDirectory = 0x4000, ModeCharacterDevice = 0x2000, ModeRegular = 0x8000;

    readonly MemoryStream _bytes = new();
    int _inode = 1;

    public CpioArchive Directory(string name, int permissions = 0x1ED /* 0755 */) =>
        Entry(name, ModeDirectory | permissions, [], 0, 0);

    public CpioArchive CharacterDevice(string name, int major, int minor, int permissions = 0x180 /* 0600 */) =>
        Entry(name, ModeCharacterDevice | permissions, [], major, minor);

    public CpioArchive File(string name, byte[] data, int permissions = 0x1ED /* 0755 */) =>
        Entry(name, ModeRegular | permissions, data, 0, 0);

    /// <summary>The archive, trailer included, padded to a 512-byte block as cpio does.</summary>
    public byte[] ToArray()
    {
        var copy = new MemoryStream();
        _bytes.WriteTo(copy);
        WriteEntry(copy, Trailer, 0, [], 0, 0, inode: 0);
        while (copy.Length % 512 != 0) copy.WriteByte(0);
        return copy.ToArray();
    }

    CpioArchive Entry(string name, int mode, byte[] data, int major, int minor)
    {
        if (name.Length == 0 || name.StartsWith('/') || name == Trailer)
            throw new ArgumentException($"cpio entry name '{name}' must be relative and not the trailer", nameof(name));
        WriteEntry(_bytes, name, mode, data, major, minor, ++_inode);
        return this;
    }

    static void WriteEntry(Stream to, string name, int mode, byte[] data, int major, int minor, int inode)
    {
        byte[] nameBytes = Encoding.ASCII.GetBytes(name + "\0");
        int links = (mode & ModeDirectory) != 0 ? 2 : 1;
        // ino mode uid gid nlink mtime filesize devmajor devminor rdevmajor rdevminor namesize check
        uint[] fields = [(uint)inode, (uint)mode, 0, 0, (uint)links, 0, (uint)data.Length, 0, 0, (uint)major, (uint)minor, (uint)nameBytes.Length, 0];
        var header = new StringBuilder(Magic);
        foreach (uint field in fields) header.Append(field.ToString("X8", CultureInfo.InvariantCulture));
        to.Write(Encoding.ASCII.GetBytes(header.ToString()));
        to.Write(nameBytes);
        Pad(to);
        to.Write(data);
        Pad(to);
    }

    static void Pad(Stream to)
    {
        while (to.Length % 4 != 0) to.WriteByte(0);
    }
}
