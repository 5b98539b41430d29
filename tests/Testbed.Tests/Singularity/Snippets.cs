using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Testbed.Tests.Singularity;

/// <summary>Compiles C# snippets in memory with Roslyn against the test host's own framework.</summary>
internal static class Snippets
{
    public static readonly IReadOnlyList<MetadataReference> Framework =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path) is "System.Private.CoreLib.dll" or "System.Runtime.dll" or "System.Console.dll"
            or "System.Runtime.InteropServices.dll" or "netstandard.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToList();

    public static CSharpCompilation Compilation(string name, params string[] sources) =>
        CSharpCompilation.Create(name,
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
            Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Disable));

    /// <summary>The IL assembly of the snippet; fails the test if it does not compile.</summary>
    public static MemoryStream Assembly(string source)
    {
        var stream = new MemoryStream();
        var result = Compilation("Snippet", source).Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        return stream;
    }

    /// <summary>The repository root (where Testbed.sln is).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder != null && !File.Exists(Path.Combine(folder.FullName, "Testbed.sln"))) folder = folder.Parent;
            return folder?.FullName ?? throw new InvalidOperationException("no Testbed.sln above the test binaries");
        }
    }
}
