namespace Testbed.Harness.Cli;

/// <summary>What every command needs from outside: where to write, which checkout to use.</summary>
/// <param name="RepositoryRoot">The Testbed checkout; null to locate it from the current directory.</param>
public sealed record CliContext(Terminal Terminal, string? RepositoryRoot)
{
    /// <summary>The QEMU binary for bench; null to find it on PATH (tests pass a stand-in).</summary>
    public string? QemuExecutable { get; init; }
}
