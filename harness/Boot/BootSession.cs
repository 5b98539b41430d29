using Testbed.Harness.CycleModel;

namespace Testbed.Harness.Boot;

/// <summary>
/// One boot, start to verdict: check the image, find QEMU, choose the accelerator (probing
/// KVM if asked to), run QEMU under the watchdog while parsing the serial port, classify.
/// This is the API boot tests call.
/// </summary>
public static class BootSession
{
    /// <exception cref="BadImageException">The image is not a bootable Multiboot ELF32 (exit code 7).</exception>
    /// <exception cref="QemuUnavailableException">QEMU is missing or would not start (exit code 6).</exception>
    /// <exception cref="BadUsageException">The request makes no sense, e.g. a non-positive timeout or a fault plan the kernel cannot arm (exit code 2).</exception>
    /// <exception cref="OperationCanceledException">Cancelled; QEMU has been killed.</exception>
    public static async Task<BootResult> RunAsync(
        BootRequest request, IBootObserver? observer = null, CancellationToken cancellation = default)
    {
        observer ??= new SilentObserver();
        if (request.Timeout <= TimeSpan.Zero)
            throw new BadUsageException($"the timeout must be positive, not {request.Timeout.TotalSeconds} s");

        var plannedFaults = request.CheckCommandLine
            ? CommandLinePrecheck.RequireFaultPlans(request.Image, request.Append)
            : CommandLinePrecheck.FaultPlansOf(request.Append);
        foreach (var word in CommandLinePrecheck.UnknownWords(request.Image, request.Append))
            observer.CommandLineWarning($"{request.Image.Name} reads no word '{word}': it would ignore it");

        if (request.Image.Format == KernelFormat.LinuxBzImage) Testbed.Harness.Peers.BzImage.Validate(request.Image.ElfPath);
        else MultibootImage.Validate(request.Image.ElfPath);
        var qemu = request.QemuExecutable ?? QemuLocator.Require();

        // The kernel's own devices (qemu-args.txt), with a fresh scratch disk per boot.
        using var devices = BootDevices.Materialize(request.Image.DeviceArguments);
        IReadOnlyList<string> extraArgs = [.. devices.Arguments, .. request.ExtraQemuArgs];

        var acceleration = await AccelerationPolicy.ChooseAsync(
            request.Accel, request.Icount,
            request.Accel == AccelRequest.Auto ? KvmDevice.Check() : KvmDeviceAccess.Missing,
            token => KvmProbe.RunAsync(qemu, request.Image, extraArgs, token),
            cancellation);
        observer.AccelerationChosen(acceleration);

        if (request.Model is not null && acceleration.Mode != MeasurementMode.TcgIcount)
            throw new BadUsageException($"--model needs TCG with icount (the model counts instructions), not {acceleration.Mode.Label()}");
        using var modelOutput = request.Model is null ? null : new ScratchFile("testbed-cycles", request.ModelOutput);
        var arguments = QemuArguments.Build(new QemuOptions(request.Image, acceleration.Mode)
        {
            Append = request.Append,
            Gdb = request.Gdb,
            ExtraArgs = extraArgs,
            Plugin = request.Model is null ? null : CyclePlugin.Argument(CyclePlugin.Require(request.Image), request.Model, modelOutput!.Path),
        });
        IReadOnlyList<string> command = [qemu, .. arguments];
        observer.QemuStarting(command);

        var lines = new List<SerialLine>();
        var run = await QemuProcess.RunAsync(
            qemu, arguments,
            watchdog: request.Gdb ? null : request.Timeout, // a person at a debugger is not a hang
            onSerialLine: text =>
            {
                var line = SerialLineParser.Parse(text);
                lines.Add(line);
                observer.LineReceived(line);
            },
            cancellation,
            QemuArguments.WorkingDirectory(request.Image));

        var verdict = OutcomeClassifier.Classify(new BootObservation(
            run.ExitStatus, run.WatchdogFired, QemuStderr.FindError(run.StderrLines), lines.OfType<TbRecord>().ToList(), plannedFaults));
        var result = new BootResult(request.Image, verdict, acceleration, command, run, lines);
        if (request.Model is not null && File.Exists(modelOutput!.Path) && new FileInfo(modelOutput.Path).Length > 0)
            result.Modelled = ModelledBoot.From(request.Model, PluginOutput.Load(modelOutput.Path), result.Benches.ToList());
        else if (request.Model is not null && verdict.Outcome == Outcome.Passed)
            throw new ModelUnavailableException($"--model: the cycle model's plugin wrote nothing ({string.Join(" ", run.StderrLines.Take(3))})");
        return result;
    }

    sealed class SilentObserver : IBootObserver;
}
