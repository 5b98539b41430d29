namespace Testbed.Harness.Images;

/// <summary>
/// The Testbed checkout: the folder holding Testbed.sln. Kernel sources and built images
/// are found relative to it, so the harness works from any subfolder and from its own
/// output folder under artifacts/.
/// </summary>
public static class RepositoryRoot
{
    // `dotnet new sln` in SDK 10 writes .slnx; accept either spelling of the same solution.
    static readonly string[] Markers = ["Testbed.sln", "Testbed.slnx"];

    /// <summary>From the current directory, else from the harness binary's folder; null if neither is inside a checkout.</summary>
    public static string? Locate() =>
        FindAbove(Directory.GetCurrentDirectory()) ?? FindAbove(AppContext.BaseDirectory);

    public static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Markers.Any(marker => File.Exists(Path.Combine(dir.FullName, marker))))
                return dir.FullName;
        }
        return null;
    }
}
