namespace Testbed.Harness.Images;

/// <summary>One kernels/&lt;name&gt;/ folder and the state of its built image, for <c>testbed list</c>.</summary>
public sealed record KernelEntry(string Name, string SourceFolder, string ImagePath, long? ImageSize)
{
    public bool IsBuilt => ImageSize is not null;

    /// <summary>The kernel has a Benchmarks/ folder (STYLE.md's layout), or is a peer: `testbed compare` benches it by default.</summary>
    public bool HasBenchmarks => Peer is not null || Directory.Exists(Path.Combine(SourceFolder, "Benchmarks"));

    /// <summary>For a peer (a kernel nobody here wrote: peers/&lt;name&gt;/), what it is; null for one of ours.</summary>
    public string? Peer { get; init; }

    /// <summary>The command that builds (or, for a peer, fetches and builds) its image.</summary>
    public string BuildCommand { get; init; } = "";
}
