namespace Testbed.Tests.Support;

/// <summary>The committed references under results/ (every bench CSV there and results/compare/measurements.csv) and their provenance.</summary>
internal static class CommittedResults
{
    public static string Root => RepositoryRoot.Locate() ?? throw new InvalidOperationException("not inside a Testbed checkout");

    public static string Folder => Path.Combine(Root, "results");

    /// <summary>results/*.csv: one kernel's bench reference each.</summary>
    public static IEnumerable<string> BenchReferences => Directory.GetFiles(Folder, "*.csv").Order();

    public static string CompareReference => Path.Combine(Folder, "compare", CompareExport.MeasurementsFile);

    public static IEnumerable<string> All => [.. BenchReferences, .. ModelReferences, CompareReference];

    public static TheoryData<string> BenchReferenceNames => new(BenchReferences.Select(Path.GetFileName)!);

    /// <summary>results/model/&lt;model&gt;/&lt;kernel&gt;.csv: one kernel's modelled rows under one cycle model each.</summary>
    public static string ModelFolder => Path.Combine(Folder, "model");

    public static IEnumerable<string> ModelReferences => Directory.GetFiles(ModelFolder, "*.csv", SearchOption.AllDirectories).Order();

    public static TheoryData<string> ModelReferenceNames => new(ModelReferences.Select(p => Path.GetRelativePath(ModelFolder, p)));
}
