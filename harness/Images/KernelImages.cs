namespace Testbed.Harness.Images;

/// <summary>What only our own kernels have: the 64-bit symbols that disasm and profile read.</summary>
public static class KernelImages
{
    /// <summary>The image, unless it is a peer's (a Linux bzImage without our symbol files): then bad usage naming the command.</summary>
    public static KernelImage RequireOurs(KernelImage image, string command) => image.Format == KernelFormat.LinuxBzImage
        ? throw new BadUsageException($"{image.Name} is a peer (Debian's kernel, no symbols of ours): {command} takes the Testbed kernels only")
        : image;
}
