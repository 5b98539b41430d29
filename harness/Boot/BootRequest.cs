namespace Testbed.Harness.Boot;

/// <summary>
/// One boot to run: which image, how to accelerate it, what command line to give it, how
/// long to wait. Everything but the image has the same default as <c>testbed boot</c>.
/// </summary>
public sealed record BootRequest(KernelImage Image)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A request for a kernel by name (kernels/&lt;name&gt;) or by image path, in the checkout around the current directory.</summary>
    public static BootRequest ForKernel(string nameOrPath) => new(KernelCatalog.Resolve(nameOrPath, repositoryRoot: null));

    public AccelRequest Accel { get; init; } = AccelRequest.Auto;

    /// <summary>Deterministic TCG: the guest's TSC counts retired instructions.</summary>
    public bool Icount { get; init; }

    /// <summary>The watchdog: QEMU is killed and the boot classified as a hang after this long.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>The kernel command line (-append), e.g. "iterations=1000".</summary>
    public string? Append { get; init; }

    /// <summary>Wait for gdb on localhost:1234 before the first instruction; disables the watchdog.</summary>
    public bool Gdb { get; init; }

    /// <summary>Extra QEMU arguments (disks, NICs), appended verbatim.</summary>
    public IReadOnlyList<string> ExtraQemuArgs { get; init; } = [];

    /// <summary>
    /// Check the command line before QEMU starts (<see cref="CommandLinePrecheck"/>): true but
    /// for tests that show the kernel's own check (fault.armed) failing.
    /// </summary>
    public bool CheckCommandLine { get; init; } = true;

    /// <summary>
    /// A cycle model (docs/cycle-model.md): the boot runs under TCG icount with the model's
    /// QEMU plugin, and its result carries the bench records in modelled cycles too. Null for none.
    /// </summary>
    public Testbed.Harness.CycleModel.CpuModel? Model { get; init; }

    /// <summary>Where to keep the model plugin's own output (every window's counts); null for a scratch file deleted after the boot.</summary>
    public string? ModelOutput { get; init; }

    /// <summary>The QEMU binary; null to find qemu-system-x86_64 on PATH.</summary>
    public string? QemuExecutable { get; init; }
}
