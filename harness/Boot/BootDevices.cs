using System.Text.RegularExpressions;

namespace Testbed.Harness.Boot;

/// <summary>
/// The device arguments of one boot, with their placeholders filled in. <c>{disk:N}</c>
/// becomes the path of a fresh, zeroed raw disk image of N MiB, created for this boot and
/// deleted when it is disposed, so no boot sees another's data and nothing is left behind.
/// </summary>
public sealed partial class BootDevices : IDisposable
{
    public const int MaxDiskMiB = 1024;

    readonly List<string> _files = [];

    public IReadOnlyList<string> Arguments { get; }

    BootDevices(IReadOnlyList<string> template, Func<int, string> createDisk)
    {
        try
        {
            Arguments = template.Select(argument => DiskPlaceholder().Replace(argument, match =>
            {
                var mib = int.Parse(match.Groups[1].Value);
                if (mib < 1 || mib > MaxDiskMiB)
                    throw new Images.BadImageException($"{{disk:{mib}}}: a disk must be 1 to {MaxDiskMiB} MiB");
                var path = createDisk(mib);
                _files.Add(path);
                return path;
            })).ToList();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Fills in <paramref name="template"/>, creating the scratch disks it asks for.</summary>
    public static BootDevices Materialize(IReadOnlyList<string> template) => new(template, CreateScratchDisk);

    /// <summary>As <see cref="Materialize(IReadOnlyList{string})"/> with a chosen disk factory (tests).</summary>
    public static BootDevices Materialize(IReadOnlyList<string> template, Func<int, string> createDisk) => new(template, createDisk);

    /// <summary>The scratch files this boot created (already deleted once disposed).</summary>
    public IReadOnlyList<string> Files => _files;

    static string CreateScratchDisk(int mib)
    {
        var path = Path.Combine(Path.GetTempPath(), $"testbed-disk-{Guid.NewGuid():N}.img");
        // QEMU's -drive splits on ',': a temp folder with one would silently break the option.
        if (path.Contains(','))
            throw new Images.BadImageException($"scratch disk path '{path}' contains ',', which QEMU's -drive cannot take");
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            file.SetLength((long)mib << 20);
        return path;
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            try { File.Delete(file); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [GeneratedRegex(@"\{disk:(\d+)\}")]
    private static partial Regex DiskPlaceholder();
}
