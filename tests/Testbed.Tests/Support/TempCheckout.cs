namespace Testbed.Tests.Support;

/// <summary>
/// A throwaway Testbed checkout in a temp folder: Testbed.sln, kernels/&lt;name&gt;/ with a
/// project file, and optionally a built image under artifacts/images/&lt;name&gt;/.
/// </summary>
internal sealed class TempCheckout : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("testbed-tests-").FullName;

    public TempCheckout() => File.WriteAllText(Path.Combine(Root, "Testbed.sln"), "");

    public TempCheckout WithKernel(string name, byte[]? image = null, params string[] modules)
    {
        var source = Directory.CreateDirectory(Path.Combine(Root, "kernels", name));
        File.WriteAllText(Path.Combine(source.FullName, $"{name}.csproj"), "<Project />");
        if (image is not null)
        {
            var images = Directory.CreateDirectory(Path.Combine(Root, "artifacts", "images", name));
            File.WriteAllBytes(Path.Combine(images.FullName, "kernel.elf"), image);
            foreach (var module in modules)
                File.WriteAllBytes(Path.Combine(images.FullName, module), [1, 2, 3]);
            if (modules.Length > 0)
                File.WriteAllLines(Path.Combine(images.FullName, "modules.txt"), ["# boot modules", .. modules, ""]);
        }
        return this;
    }

    /// <summary>
    /// What a kernel's build publishes about its command line: vocabulary.txt (the words) and
    /// fault-targets.txt ("target&lt;TAB&gt;start words" lines); see common/build/BareMetal.targets.
    /// </summary>
    public TempCheckout WithVocabulary(string name, string[] words, params string[] faultTargets)
    {
        var images = Directory.CreateDirectory(Path.Combine(Root, "artifacts", "images", name));
        File.WriteAllLines(Path.Combine(images.FullName, "vocabulary.txt"), ["probe", .. words]);
        File.WriteAllLines(Path.Combine(images.FullName, "fault-targets.txt"), ["# fault targets", .. faultTargets]);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
