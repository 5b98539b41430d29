using Testbed.Harness.Peers;

namespace Testbed.Harness.Images;

/// <summary>
/// The kernels the harness knows by name: every kernels/&lt;name&gt;/ folder with a project
/// file, whose build puts its image at artifacts/images/&lt;name&gt;/kernel.elf
/// (the convention of common/build).
/// </summary>
public sealed class KernelCatalog(string repositoryRoot)
{
    public const string ImageFileName = "kernel.elf";

    public string RepositoryRoot { get; } = repositoryRoot;
    public string KernelsFolder => Path.Combine(RepositoryRoot, "kernels");

    /// <summary>The catalog of the checkout around the current directory (or the harness binary).</summary>
    public static KernelCatalog ForCurrentRepository() =>
        new(Images.RepositoryRoot.Locate()
            ?? throw new BadImageException("cannot find the Testbed checkout (no Testbed.sln above the current directory)"));

    /// <summary>
    /// A path to an existing image file (usable without a checkout), else a kernel name
    /// looked up in the checkout at <paramref name="repositoryRoot"/> (located when null).
    /// </summary>
    public static KernelImage Resolve(string nameOrPath, string? repositoryRoot)
    {
        if (File.Exists(nameOrPath))
            return FromFile(nameOrPath);
        var root = repositoryRoot ?? Images.RepositoryRoot.Locate()
            ?? throw new BadImageException(
                $"unknown kernel '{nameOrPath}': no such image file, and no Testbed checkout (Testbed.sln) above the current directory to look it up in");
        return new KernelCatalog(root).Resolve(nameOrPath);
    }

    public string ImagePathOf(string name) => Path.Combine(RepositoryRoot, "artifacts", "images", name, ImageFileName);

    public IReadOnlyList<KernelEntry> List()
    {
        var ours = !Directory.Exists(KernelsFolder) ? [] : Directory.EnumerateDirectories(KernelsFolder)
            .Where(folder => Directory.EnumerateFiles(folder, "*.csproj").Any())
            .Select(folder =>
            {
                var name = Path.GetFileName(folder);
                var image = new FileInfo(ImagePathOf(name));
                return new KernelEntry(name, folder, image.FullName, image.Exists ? image.Length : null) { BuildCommand = $"dotnet build kernels/{name}" };
            });
        return [.. ours.OrderBy(entry => entry.Name, StringComparer.Ordinal), .. PeerEntries()];
    }

    // The Linux peer's modes, when its folder is in the checkout: built once its kernel is fetched and its init compiled.
    IEnumerable<KernelEntry> PeerEntries()
    {
        var source = LinuxPeer.SourceFolder(RepositoryRoot);
        if (!Directory.Exists(source)) yield break;
        var kernel = new FileInfo(LinuxPeer.FetchedKernel(RepositoryRoot));
        bool initBuilt = File.Exists(Path.Combine(LinuxPeer.ImageFolder(RepositoryRoot), "init"));
        var package = LinuxPeer.Package(RepositoryRoot) ?? "Debian's linux-image-amd64, not fetched";
        foreach (var (name, commandLine) in LinuxPeer.Modes)
            yield return new KernelEntry(name, source, kernel.FullName, kernel.Exists && initBuilt ? kernel.Length : null)
            {
                Peer = $"peer: {package}; {commandLine}",
                BuildCommand = $"{LinuxPeer.FetchCommand} && dotnet build peers/linux",
            };
    }

    /// <summary>
    /// A kernel name from the catalog, or a path to an image file (its modules.txt beside it).
    /// Throws <see cref="BadImageException"/> for an unknown name or an unbuilt kernel.
    /// </summary>
    public KernelImage Resolve(string nameOrPath)
    {
        if (File.Exists(nameOrPath))
            return FromFile(nameOrPath);

        if (LinuxPeer.IsMode(nameOrPath) && Directory.Exists(LinuxPeer.SourceFolder(RepositoryRoot)))
            return LinuxPeer.Prepare(RepositoryRoot, nameOrPath);
        var known = List();
        var entry = known.FirstOrDefault(k => k.Name == nameOrPath);
        if (entry is null)
        {
            var names = known.Count == 0 ? "(none: no kernels/<name>/ folder has a project)" : string.Join(", ", known.Select(k => k.Name));
            throw new BadImageException($"unknown kernel '{nameOrPath}'; known kernels: {names}");
        }
        if (!entry.IsBuilt)
            throw new BadImageException(
                $"kernel '{entry.Name}' is not built ({Path.GetRelativePath(RepositoryRoot, entry.ImagePath)} is missing); " +
                $"build it with: {entry.BuildCommand}");
        return new KernelImage(entry.Name, entry.ImagePath, ModuleList.ReadBeside(entry.ImagePath))
        {
            DeviceArguments = DeviceArgumentsFile.ReadBeside(entry.ImagePath),
            Vocabulary = KernelVocabulary.ReadBeside(entry.ImagePath),
        };
    }

    /// <summary>An image given by path; named after its folder when it follows the artifacts/images/&lt;name&gt;/kernel.elf layout.</summary>
    public static KernelImage FromFile(string path)
    {
        var full = Path.GetFullPath(path);
        var name = Path.GetFileName(full) == ImageFileName
            ? Path.GetFileName(Path.GetDirectoryName(full))!
            : Path.GetFileNameWithoutExtension(full);
        return new KernelImage(name, full, ModuleList.ReadBeside(full))
        {
            DeviceArguments = DeviceArgumentsFile.ReadBeside(full),
            Vocabulary = KernelVocabulary.ReadBeside(full),
        };
    }
}
