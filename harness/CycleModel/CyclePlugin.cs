using Testbed.Harness.Images;

namespace Testbed.Harness.CycleModel;

/// <summary>
/// The cycle model's QEMU TCG plugin (cycle-model/plugin, built by cycle-model/CycleModel.csproj
/// into artifacts/cycle-model/): where it is, and the -plugin argument that loads it with a
/// model's geometry and an output file.
/// </summary>
public static class CyclePlugin
{
    public const string FileName = "libtestbed-cycles.so";

    public static string PathIn(string repositoryRoot) => Path.Combine(repositoryRoot, "artifacts", "cycle-model", FileName);

    /// <summary>The plugin of the checkout holding <paramref name="image"/>; a clear error if it is not built.</summary>
    public static string Require(KernelImage image)
    {
        var root = RepositoryRoot.FindAbove(Path.GetDirectoryName(Path.GetFullPath(image.ElfPath))!) ?? RepositoryRoot.Locate()
            ?? throw new ModelUnavailableException($"--model: {image.ElfPath} is not inside a Testbed checkout, so there is no cycle-model plugin to load");
        var path = PathIn(root);
        if (!File.Exists(path))
            throw new ModelUnavailableException($"--model: the cycle model's plugin {path} is not built (dotnet build cycle-model/CycleModel.csproj, or ./testbed, builds it; it needs gcc)");
        return path;
    }

    /// <summary>QEMU's -plugin value: the library, then key=value pairs (commas and '=' cannot occur in paths we write).</summary>
    public static string Argument(string library, CpuModel model, string outputPath)
    {
        foreach (var path in new[] { library, outputPath })
            if (path.Contains(',') || path.Contains('='))
                throw new ModelUnavailableException($"--model: QEMU cannot take the path {path} in -plugin (it holds ',' or '=')");
        return string.Join(',', new[] { library, "out=" + outputPath }.Concat(model.Geometry.Select(g => g.Name)));
    }
}

/// <summary>The cycle model cannot run (exit code 12).</summary>
public sealed class ModelUnavailableException(string message) : Testbed.Harness.Outcomes.HarnessException(Testbed.Harness.Outcomes.ExitCodes.ModelUnavailable, message);
