namespace Testbed.Harness.Images;

/// <summary>One kernels/&lt;name&gt;/ folder and the state of its built image, for <c>testbed list</c>.</summary>
public sealed record KernelEntry(string Name, string SourceFolder, string ImagePath, long? ImageSize)
{
    public bool IsBuilt => ImageSize is not null;

    /// <summary>The kernel has a Benchmarks/ folder (STYLE.md's layout): `testbed compare` benches it by default.</summary>
    public bool HasBenchmarks => Directory.Exists(Path.Combine(SourceFolder, "Benchmarks"));
}
