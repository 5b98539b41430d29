namespace Testbed.Harness.Peers;

/// <summary>
/// The Linux peer (peers/linux/README.md): Debian's own kernel, fetched by
/// peers/linux/fetch-kernel into artifacts/peers/linux/, booted under the same QEMU machine
/// with an initramfs the harness writes around the benchmark init the build compiled
/// (artifacts/images/linux/: init, exit, hello, vocabulary.txt). Two modes, two names: linux
/// (mitigations=off) and linux-kpti (pti=on: page-table isolation forced on, as Debian's
/// default does on a CPU open to Meltdown; QEMU's qemu64 model is not, so Debian's default
/// alone would leave it off).
/// </summary>
public static class LinuxPeer
{
    public const string Folder = "linux";
    public const string FetchCommand = "peers/linux/fetch-kernel";

    /// <summary>Each mode's name and the kernel command line words it boots with before the user's.</summary>
    public static readonly IReadOnlyList<(string Name, string CommandLine)> Modes =
    [
        ("linux", "console=ttyS0 quiet panic=-1 mitigations=off peer=linux"),
        ("linux-kpti", "console=ttyS0 quiet panic=-1 pti=on peer=linux-kpti"),
    ];

    public static string SourceFolder(string root) => Path.Combine(root, "peers", Folder);
    public static string FetchedKernel(string root) => Path.Combine(root, "artifacts", "peers", Folder, "vmlinuz");
    public static string PackageFile(string root) => Path.Combine(root, "artifacts", "peers", Folder, "package.txt");
    public static string ImageFolder(string root) => Path.Combine(root, "artifacts", "images", Folder);

    public static bool IsMode(string name) => Modes.Any(m => m.Name == name);

    /// <summary>The package and version fetched ("linux-image-6.1.0-57-amd64 6.1.192-3"), or null.</summary>
    public static string? Package(string root) => File.Exists(PackageFile(root)) ? File.ReadAllText(PackageFile(root)).Trim() : null;

    /// <summary>
    /// The bootable peer in mode <paramref name="name"/>: the fetched kernel and an initramfs
    /// of the built init, both placed in the image folder (QEMU runs there, as for our kernels).
    /// Throws <see cref="BadImageException"/> naming the command that fixes what is missing.
    /// </summary>
    public static KernelImage Prepare(string root, string name)
    {
        var mode = Modes.First(m => m.Name == name);
        var fetched = FetchedKernel(root);
        if (!File.Exists(fetched))
            throw new BadImageException($"the Linux peer's kernel is not fetched ({Path.GetRelativePath(root, fetched)} is missing); fetch it with: {FetchCommand}");
        var folder = ImageFolder(root);
        var init = Path.Combine(folder, "init");
        var exit = Path.Combine(folder, "exit");
        var hello = Path.Combine(folder, "hello");
        if (!File.Exists(init) || !File.Exists(exit) || !File.Exists(hello))
            throw new BadImageException($"the Linux peer's benchmark init is not built ({Path.GetRelativePath(root, init)}); build it with: dotnet build peers/linux");

        var kernel = Path.Combine(folder, "vmlinuz");
        if (!File.Exists(kernel) || File.GetLastWriteTimeUtc(kernel) < File.GetLastWriteTimeUtc(fetched))
            AtomicFile.WriteVia(kernel, temporary => File.Copy(fetched, temporary));
        var initramfs = Path.Combine(folder, "rd.cpio");
        byte[] archive = Initramfs(File.ReadAllBytes(init), File.ReadAllBytes(exit), File.ReadAllBytes(hello), Modules(root));
        if (!File.Exists(initramfs) || !File.ReadAllBytes(initramfs).AsSpan().SequenceEqual(archive))
            AtomicFile.WriteVia(initramfs, temporary => File.WriteAllBytes(temporary, archive));

        return new KernelImage(name, kernel, [initramfs])
        {
            Format = KernelFormat.LinuxBzImage,
            FixedCommandLine = mode.CommandLine,
            Vocabulary = KernelVocabulary.ReadBeside(kernel),
            DeviceArguments = DeviceArgumentsFile.ReadBeside(kernel),
        };
    }

    /// <summary>
    /// The initramfs: /init, the /exit program the spawn rows exec, the /hello of the footprint
    /// row, /dev/console for init's standard streams, /proc to mount, and the fetched driver
    /// modules in /lib/modules with load-order.txt (init loads them in that order).
    /// </summary>
    public static byte[] Initramfs(byte[] init, byte[] exit, byte[] hello, IReadOnlyList<(string Name, byte[] Data)>? modules = null)
    {
        var archive = new CpioArchive()
            .Directory("dev")
            .CharacterDevice("dev/console", major: 5, minor: 1)
            .Directory("proc", permissions: 0x16D /* 0555 */)
            .Directory("sys", permissions: 0x16D)
            .File("init", init)
            .File("exit", exit)
            .File("hello", hello);
        if (modules is { Count: > 0 })
        {
            archive.Directory("lib").Directory("lib/modules");
            foreach (var (moduleName, data) in modules) archive.File("lib/modules/" + moduleName, data, permissions: 0x1A4 /* 0644 */);
        }
        return archive.ToArray();
    }

    /// <summary>The fetched modules (artifacts/peers/linux/modules/: the .ko files and load-order.txt), or none before a fetch that brought them.</summary>
    public static IReadOnlyList<(string Name, byte[] Data)> Modules(string root)
    {
        var folder = Path.Combine(root, "artifacts", "peers", Folder, "modules");
        var order = Path.Combine(folder, "load-order.txt");
        if (!File.Exists(order)) return [];
        var names = File.ReadAllLines(order).Where(line => line.Trim().Length > 0).Select(line => line.Trim()).ToList();
        return [.. names.Select(name => (name, File.ReadAllBytes(Path.Combine(folder, name)))), ("load-order.txt", File.ReadAllBytes(order))];
    }
}
