namespace Testbed.Harness.Boot;

/// <summary>
/// A file one boot writes for the harness: by default a unique name in the temporary folder,
/// deleted with the object (if it was ever written); or a path the user asked to keep.
/// </summary>
public sealed class ScratchFile(string prefix, string? keep = null) : IDisposable
{
    public string Path { get; } = keep ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.txt");

    public void Dispose()
    {
        if (keep is not null) return;
        try { File.Delete(Path); }
        catch (IOException) { }          // a scratch file left behind harms nothing
        catch (UnauthorizedAccessException) { }
    }
}
