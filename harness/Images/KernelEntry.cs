namespace Testbed.Harness.Images;

/// <summary>One kernels/&lt;name&gt;/ folder and the state of its built image, for <c>testbed list</c>.</summary>
public sealed record KernelEntry(string Name, string SourceFolder, string ImagePath, long? ImageSize)
{
    public bool IsBuilt => ImageSize is not null;
}
