namespace Testbed.Harness.Reports;

/// <summary>
/// Checks, before anything boots, that an output option (--csv FILE, --out DIR) can be
/// written: a run of minutes must not end in a file that cannot be created. The folder is
/// created if missing (as the writer would), and a probe file proves it takes new files.
/// A problem is a <see cref="BadUsageException"/>: one line, exit code 2.
/// </summary>
public static class OutputPaths
{
    public static void RequireWritableFile(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new BadUsageException($"{option} {path}: is a folder, not a file");
        RequireFolderTakesFiles(Path.GetDirectoryName(full)!, option, path);
        if (File.Exists(full))
        {
            try
            {
                using var stream = new FileStream(full, FileMode.Open, FileAccess.Write);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new BadUsageException($"{option} {path}: cannot be overwritten ({e.Message})");
            }
        }
    }

    public static void RequireWritableFolder(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
            throw new BadUsageException($"{option} {path}: is a file, not a folder");
        RequireFolderTakesFiles(full, option, path);
    }

    static void RequireFolderTakesFiles(string folder, string option, string path)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadUsageException($"{option} {path}: cannot create the folder {folder} ({e.Message})");
        }
        var probe = Path.Combine(folder, $".testbed-write-probe-{Guid.NewGuid():N}");
        try
        {
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadUsageException($"{option} {path}: cannot write in {folder} ({e.Message})");
        }
    }
}
