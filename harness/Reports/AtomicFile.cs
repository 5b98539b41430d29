namespace Testbed.Harness.Reports;

/// <summary>
/// Writes a file so that readers see the old content or the complete new content, never half
/// a file: write a temporary file in the same folder, flush it to disk, rename it over the
/// target (rename(2) is atomic within a file system). An interrupted or failed write leaves
/// no temporary file and does not touch the target.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write) =>
        Replace(path, name => $".{name}.{Guid.NewGuid():N}.tmp", temporary =>
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
                write(writer);
            stream.Flush(flushToDisk: true);
        });

    /// <summary>The same for a writer that wants a path (an image library's save): it writes the temporary file, which is then renamed.</summary>
    public static void WriteVia(string path, Action<string> write) =>
        // The temporary file keeps the target's extension: the library picks the format by it.
        Replace(path, name => $".{Path.GetFileNameWithoutExtension(name)}.{Guid.NewGuid():N}.tmp{Path.GetExtension(name)}", temporary =>
        {
            write(temporary);
            using var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite);
            stream.Flush(flushToDisk: true);
        });

    // Writes the temporary file (named from the target's file name, in the target's folder)
    // to disk, then renames it over the target; on any failure deletes it and rethrows.
    static void Replace(string path, Func<string, string> temporaryName, Action<string> writeToDisk)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, temporaryName(Path.GetFileName(target)));
        try
        {
            writeToDisk(temporary);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
