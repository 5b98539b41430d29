namespace Testbed.Harness.Images;

/// <summary>
/// A bootable kernel: the Multiboot ELF that QEMU loads with -kernel, and the boot modules
/// (absolute paths, in order) that it passes with -initrd.
/// </summary>
public sealed record KernelImage(string Name, string ElfPath, IReadOnlyList<string> Modules)
{
    public KernelImage(string name, string elfPath) : this(name, elfPath, []) { }

    /// <summary>The QEMU arguments of the kernel's devices (qemu-args.txt), placeholders unfilled.</summary>
    public IReadOnlyList<string> DeviceArguments { get; init; } = [];

    /// <summary>The command-line words and fault targets the kernel's build published (vocabulary.txt, fault-targets.txt).</summary>
    public KernelVocabulary Vocabulary { get; init; } = KernelVocabulary.Unknown;

    /// <summary>How QEMU boots it: a Multiboot ELF (our kernels) or a Linux bzImage (the Linux peer).</summary>
    public KernelFormat Format { get; init; } = KernelFormat.Multiboot;

    /// <summary>Words every boot of it starts its command line with, before the user's (the Linux peer's console and mode).</summary>
    public string? FixedCommandLine { get; init; }
}

public enum KernelFormat { Multiboot, LinuxBzImage }
