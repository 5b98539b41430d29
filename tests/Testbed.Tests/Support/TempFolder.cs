namespace Testbed.Tests.Support;

/// <summary>A fresh folder under the system's temp folder, deleted with all it holds when disposed.</summary>
internal sealed class TempFolder(string prefix) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public string PathOf(params string[] relative) => System.IO.Path.Combine([Path, .. relative]);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
