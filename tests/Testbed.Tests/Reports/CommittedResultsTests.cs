using System.Text.RegularExpressions;

namespace Testbed.Tests.Reports;

/// <summary>
/// Every committed reference says how it was made (its provenance sidecar, written by the
/// harness with the CSV) and is a reference (a tolerance on every row); the sidecar agrees
/// with the rows it describes.
/// </summary>
public sealed class CommittedResultsTests
{
    public static TheoryData<string> Files => new(CommittedResults.All.Select(f => Path.GetRelativePath(CommittedResults.Root, f)));

    [Theory]
    [MemberData(nameof(Files))]
    public void AReference_HasItsProvenance_CommitQemuModeAndCommand(string file)
    {
        var path = Path.Combine(CommittedResults.Root, file);
        var provenance = Provenance.ReadBeside(path);
        Assert.True(provenance is not null, $"{Provenance.PathFor(file)} is missing: regenerate {file} with the command in results/README.md");
        var rows = BenchCsv.Read(path);

        Assert.Matches("^[0-9a-f]{40}$", provenance.Commit);
        Assert.StartsWith("QEMU emulator version ", provenance.Qemu);
        Assert.StartsWith("./testbed ", provenance.Command);
        Assert.Equal(string.Join("/", rows.Rows.Select(r => r.Figure.Mode).Distinct()), provenance.Mode);
        Assert.Equal(rows.Rows.Select(r => r.Figure.Kernel).Distinct().Order(), provenance.Kernels.Order());
        Assert.True(rows.HasTolerance, $"{file} has no tolerance column");
    }

    // With the baseline boot tests (a run's definition must equal the reference's), this pins
    // what every committed figure measures: a kernel that drops a row from its definition
    // table, or a new row nobody declared, fails here.
    [Theory]
    [MemberData(nameof(Files))]
    public void EveryRowOfAReference_DeclaresAKnownDefinition(string file)
    {
        var known = typeof(Testbed.Protocol.BenchDefinitions).GetFields().Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!).Where(id => id != Testbed.Protocol.BenchDefinitions.Undeclared).ToHashSet();
        var rows = BenchCsv.Read(Path.Combine(CommittedResults.Root, file)).Rows;

        Assert.All(rows, row => Assert.True(known.Contains(row.Figure.Definition),
            $"{file}: {row.Figure.Kernel} {row.Figure.Benchmark} has definition '{row.Figure.Definition}'"));
    }

    [Fact]
    public void TheReadme_NamesEveryReference()
    {
        var readme = File.ReadAllText(Path.Combine(CommittedResults.Folder, "README.md"));
        foreach (var file in CommittedResults.BenchReferences.Select(Path.GetFileName))
            Assert.Matches(Regex.Escape($"`{file}`"), readme);
    }
}
