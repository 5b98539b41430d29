namespace Testbed.Harness.Qemu;

/// <summary>
/// Everything that varies between QEMU runs. <see cref="ExtraArgs"/> is for devices later
/// kernels need (IDE disks, NICs on a hub) and is appended verbatim.
/// </summary>
public sealed record QemuOptions(KernelImage Image, MeasurementMode Mode)
{
    /// <summary>The Multiboot command line (-append); null or empty for none.</summary>
    public string? Append { get; init; }

    /// <summary>Start QEMU's gdb server on localhost:1234 and wait for the debugger (-s -S).</summary>
    public bool Gdb { get; init; }

    public IReadOnlyList<string> ExtraArgs { get; init; } = [];

    /// <summary>A TCG plugin to load (-plugin library,key=value...): the cycle model's; null for none.</summary>
    public string? Plugin { get; init; }
}
