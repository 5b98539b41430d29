namespace Testbed.Harness.Images;

/// <summary>
/// modules.txt beside a kernel image: the boot modules (drivers, servers, SIPs) QEMU hands
/// to the kernel as Multiboot modules, one file name per line, relative to that folder.
/// Blank lines and lines starting with '#' are ignored.
/// </summary>
public static class ModuleList
{
    public const string FileName = "modules.txt";

    /// <summary>The absolute module paths listed next to <paramref name="elfPath"/>; empty when there is no modules.txt.</summary>
    public static IReadOnlyList<string> ReadBeside(string elfPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(elfPath))!;
        var listPath = Path.Combine(folder, FileName);
        if (!File.Exists(listPath))
            return [];

        var modules = new List<string>();
        foreach (var raw in File.ReadAllLines(listPath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var path = Path.GetFullPath(Path.Combine(folder, line));
            if (!File.Exists(path))
                throw new BadImageException($"{listPath}: module '{line}' not found ({path})");
            // QEMU splits -initrd at ',' and treats text after a space as the module's own
            // command line, so such a path would silently load the wrong thing.
            if (path.Contains(',') || path.Contains(' '))
                throw new BadImageException($"{listPath}: module path '{path}' contains ',' or ' ', which QEMU's -initrd cannot take");
            modules.Add(path);
        }
        return modules;
    }
}
