namespace Testbed.Harness.Qemu;

/// <summary>
/// A KVM that exists is not always a KVM that can run our guests: a paravirtual KVM (as on
/// this project's build machines) fails on the first SSE instruction with "KVM internal
/// error". So before trusting KVM the harness boots the same image with -append "probe";
/// the kernel answers with a hello record and done ok=true and powers off with code 0.
/// </summary>
public static class KvmProbe
{
    public const string CommandLine = "probe";
    public static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(5);

    public static async Task<KvmProbeResult> RunAsync(
        string qemuExecutable, KernelImage image, IReadOnlyList<string> extraArgs, CancellationToken cancellation)
    {
        var options = new QemuOptions(image, MeasurementMode.Kvm) { Append = CommandLine, ExtraArgs = extraArgs };
        var lines = new List<SerialLine>();
        var run = await QemuProcess.RunAsync(
            qemuExecutable, QemuArguments.Build(options), Watchdog,
            line => lines.Add(SerialLineParser.Parse(line)), cancellation,
            QemuArguments.WorkingDirectory(image));
        return Judge(run, lines);
    }

    /// <summary>The probe passed only if QEMU exited by the guest's power-off code 0 after hello and done ok=true.</summary>
    public static KvmProbeResult Judge(QemuRun run, IReadOnlyList<SerialLine> lines)
    {
        if (QemuStderr.FindError(run.StderrLines) is { } error)
            return KvmProbeResult.Failure(error.Contains("KVM internal error", StringComparison.Ordinal)
                ? "KVM internal error (this paravirtual KVM cannot run SSE guests)"
                : error);
        if (run.WatchdogFired)
            return KvmProbeResult.Failure($"no answer within {Watchdog.TotalSeconds:0} s");

        var records = lines.OfType<TbRecord>().ToList();
        if (!records.Any(r => r.Is(ProtocolNames.Hello)))
            return KvmProbeResult.Failure($"the kernel printed no hello record (QEMU exit status {run.ExitStatus})");
        if (!records.Any(r => r.AsDone() is { Ok: true }))
            return KvmProbeResult.Failure($"the kernel did not report done ok=true (QEMU exit status {run.ExitStatus})");
        if (run.ExitStatus != PowerOff.StatusFor(PowerOff.CleanFinish))
            return KvmProbeResult.Failure($"QEMU exit status {run.ExitStatus}, expected a clean power-off");
        return KvmProbeResult.Success;
    }
}
