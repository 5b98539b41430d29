namespace Testbed.Harness.Qemu;

/// <summary>
/// The QEMU command line for one boot, as a pure function of <see cref="QemuOptions"/>
/// so that every flag can be checked by a unit test without starting QEMU.
/// </summary>
public static class QemuArguments
{
    public const string Executable = "qemu-system-x86_64";

    /// <summary>I/O port of the isa-debug-exit device; a guest write of v makes QEMU exit with (v &lt;&lt; 1) | 1.</summary>
    public const string DebugExitDevice = "isa-debug-exit,iobase=0xf4,iosize=0x04";

    /// <summary>
    /// The folder QEMU runs in: the kernel image's own. The kernel and its modules are named
    /// relative to it because QEMU hands those names to the guest (the Multiboot command line
    /// starts with the kernel's file name, every module's string is its path), and the loader
    /// places its data after them: absolute paths would make the guest's figures depend on
    /// where the repository was cloned (a longer checkout path cost singularity's process
    /// creation 49 to 441 instructions more).
    /// </summary>
    public static string WorkingDirectory(KernelImage image) =>
        Path.GetDirectoryName(Path.GetFullPath(image.ElfPath))!;

    public static IReadOnlyList<string> Build(QemuOptions options)
    {
        var folder = WorkingDirectory(options.Image);
        var args = new List<string>
        {
            // A fixed, minimal machine: same devices and CPU model everywhere, so results compare.
            "-machine", "pc",
            "-cpu", "qemu64",
            "-m", "256M",
            "-nodefaults",
            // A triple fault must end the run (QEMU exits 0) instead of rebooting forever.
            "-no-reboot",
            "-display", "none",
            "-monitor", "none",
            // COM1 on our stdout: the boot log and the @tb records.
            "-serial", "stdio",
            "-device", DebugExitDevice,
        };

        args.AddRange(AccelerationArgs(options.Mode));
        if (options.Plugin is not null)
        {
            if (options.Mode == MeasurementMode.Kvm)
                throw new ArgumentException("a TCG plugin cannot run under KVM", nameof(options));
            args.Add("-plugin");
            args.Add(options.Plugin);
        }

        args.Add("-kernel");
        args.Add(Path.GetFileName(options.Image.ElfPath));
        var append = string.Join(' ', new[] { options.Image.FixedCommandLine, options.Append }.Where(words => !string.IsNullOrWhiteSpace(words)));
        if (append.Length > 0)
        {
            args.Add("-append");
            args.Add(append);
        }
        if (options.Image.Modules.Count > 0)
        {
            args.Add("-initrd");
            args.Add(string.Join(',', options.Image.Modules.Select(module => Path.GetRelativePath(folder, module))));
        }

        if (options.Gdb)
        {
            args.Add("-s"); // gdb server on tcp::1234
            args.Add("-S"); // do not start the CPU until the debugger says continue
        }

        args.AddRange(options.ExtraArgs);
        return args;
    }

    static IEnumerable<string> AccelerationArgs(MeasurementMode mode) => mode switch
    {
        MeasurementMode.Tcg => ["-accel", "tcg"],
        // shift=0: one guest instruction per virtual nanosecond, so the TSC counts instructions;
        // sleep=off: idle time is skipped instead of waited for.
        MeasurementMode.TcgIcount => ["-accel", "tcg", "-icount", "shift=0,sleep=off"],
        MeasurementMode.Kvm => ["-accel", "kvm"],
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };
}
