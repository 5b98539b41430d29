using Testbed.Harness.Reports;

namespace Testbed.Tests.Reports;

public class AtomicFileTests
{
    [Fact]
    public void FailedWrite_LeavesNoFile_AndNoTemporaryFile()
    {
        var folder = Directory.CreateTempSubdirectory("testbed-atomic-").FullName;
        try
        {
            var path = Path.Combine(folder, "results.csv");

            Assert.Throws<IOException>(() => AtomicFile.Write(path, writer =>
            {
                writer.WriteLine("kernel,benchmark");
                writer.Flush();
                throw new IOException("interrupted half-way");
            }));

            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void FailedWrite_KeepsThePreviousContent()
    {
        var folder = Directory.CreateTempSubdirectory("testbed-atomic-").FullName;
        try
        {
            var path = Path.Combine(folder, "results.csv");
            File.WriteAllText(path, "previous");

            Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException()));

            Assert.Equal("previous", File.ReadAllText(path));
            Assert.Single(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_CreatesMissingFolders()
    {
        var folder = Directory.CreateTempSubdirectory("testbed-atomic-").FullName;
        try
        {
            var path = Path.Combine(folder, "results", "scratch", "x.csv");

            AtomicFile.Write(path, writer => writer.Write("a,b"));

            Assert.Equal("a,b", File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
