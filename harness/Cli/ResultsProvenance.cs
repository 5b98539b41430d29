namespace Testbed.Harness.Cli;

/// <summary>The <see cref="Provenance"/> of a CSV this run writes: the checkout's commit, QEMU's version, the run's mode and command line.</summary>
internal static class ResultsProvenance
{
    public static Provenance For(string command, IReadOnlyList<BenchRow> rows, int iterations, string? append, string? repositoryRoot, string? qemuExecutable = null)
    {
        var root = repositoryRoot ?? RepositoryRoot.Locate();
        var (commit, dirty) = root is null ? (ProvenanceProbe.Unknown, false) : ProvenanceProbe.Git(root);
        return new Provenance(
            command, commit, dirty, ProvenanceProbe.QemuVersion(qemuExecutable),
            string.Join("/", rows.Select(r => r.Mode).Distinct()),
            rows.Select(r => r.Kernel).Distinct().ToList(),
            iterations, string.IsNullOrWhiteSpace(append) ? null : append.Trim(), DateTime.UtcNow);
    }

    /// <summary>A path as the command to repeat would name it: relative to the checkout when inside it.</summary>
    public static string Shown(string path, string? repositoryRoot)
    {
        var root = repositoryRoot ?? RepositoryRoot.Locate();
        if (root is null)
            return path;
        var relative = System.IO.Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
