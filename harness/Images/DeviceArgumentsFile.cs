namespace Testbed.Harness.Images;

/// <summary>
/// qemu-args.txt beside a kernel image: the QEMU arguments for the devices the kernel
/// drives (disks, NICs), one argument per line, written by the kernel's build from its
/// &lt;QemuDevice&gt; items. Blank lines and lines starting with '#' are ignored. Arguments
/// may hold placeholders that each boot fills in (see <see cref="Boot.BootDevices"/>).
/// </summary>
public static class DeviceArgumentsFile
{
    public const string FileName = "qemu-args.txt";

    /// <summary>The arguments listed next to <paramref name="elfPath"/>; empty when there is no qemu-args.txt.</summary>
    public static IReadOnlyList<string> ReadBeside(string elfPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(elfPath))!, FileName);
        if (!File.Exists(path))
            return [];
        return File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
    }
}
