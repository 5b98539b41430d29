namespace Testbed.Tests.Reports;

public class AtomicFileTests
{
    [Fact]
    public void FailedWrite_LeavesNoFile_AndNoTemporaryFile()
    {
        using var folder = new TempFolder("testbed-atomic-");
        var path = folder.PathOf("results.csv");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, writer =>
        {
            writer.WriteLine("kernel,benchmark");
            writer.Flush();
            throw new IOException("interrupted half-way");
        }));

        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void FailedWrite_KeepsThePreviousContent()
    {
        using var folder = new TempFolder("testbed-atomic-");
        var path = folder.PathOf("results.csv");
        File.WriteAllText(path, "previous");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException()));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Write_CreatesMissingFolders()
    {
        using var folder = new TempFolder("testbed-atomic-");
        var path = folder.PathOf("results", "scratch", "x.csv");

        AtomicFile.Write(path, writer => writer.Write("a,b"));

        Assert.Equal("a,b", File.ReadAllText(path));
    }
}
