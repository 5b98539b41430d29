namespace Testbed.Tests.Support;

/// <summary>Assertions every report file writer must meet.</summary>
internal static class ReportFiles
{
    /// <summary>
    /// What every file writer of the reports promises (they write through AtomicFile): the
    /// file at <paramref name="name"/> replaced by content starting <paramref name="expectedStart"/>,
    /// and nothing else left in the folder.
    /// </summary>
    public static void AssertReplacesTheFile(string name, Action<string> write, string expectedStart)
    {
        using var folder = new TempFolder("testbed-replace-");
        var path = folder.PathOf(name);
        File.WriteAllText(path, "old content");

        write(path);

        Assert.StartsWith(expectedStart, File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }
}
