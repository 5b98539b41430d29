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

    /// <summary>peers/linux/ (the Linux peer's source folder), so the catalog lists its modes.</summary>
    public TempCheckout WithPeerSource()
    {
        Directory.CreateDirectory(Path.Combine(Root, "peers", "linux"));
        return this;
    }

    /// <summary>What peers/linux/fetch-kernel leaves: a kernel (a setup header only) and its package line.</summary>
    public TempCheckout WithFetchedPeerKernel()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, "artifacts", "peers", "linux"));
        var kernel = new byte[0x400];
        "HdrS"u8.CopyTo(kernel.AsSpan(0x202));
        kernel[0x206] = 0x0F;
        kernel[0x207] = 0x02;
        File.WriteAllBytes(Path.Combine(folder.FullName, "vmlinuz"), kernel);
        File.WriteAllText(Path.Combine(folder.FullName, "package.txt"), "linux-image-test-amd64 1.0\n");
        return this;
    }

    /// <summary>What the peer's build leaves: init, exit, hello and vocabulary.txt in artifacts/images/linux/.</summary>
    public TempCheckout WithBuiltPeerInit()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, "artifacts", "images", "linux"));
        File.WriteAllBytes(Path.Combine(folder.FullName, "init"), [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(folder.FullName, "exit"), [4, 5]);
        File.WriteAllBytes(Path.Combine(folder.FullName, "hello"), [6]);
        File.WriteAllLines(Path.Combine(folder.FullName, "vocabulary.txt"), ["iterations"]);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
