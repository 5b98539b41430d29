namespace Testbed.Harness.Boot;

/// <summary>Everything one boot produced: the verdict, the mode it ran in, and every serial line.</summary>
public sealed class BootResult(
    KernelImage image, Verdict verdict, AccelerationDecision acceleration,
    IReadOnlyList<string> qemuCommand, QemuRun qemu, IReadOnlyList<SerialLine> lines)
{
    public KernelImage Image { get; } = image;
    public Verdict Verdict { get; } = verdict;
    public AccelerationDecision Acceleration { get; } = acceleration;
    /// <summary>The QEMU executable followed by its arguments.</summary>
    public IReadOnlyList<string> QemuCommand { get; } = qemuCommand;
    public QemuRun Qemu { get; } = qemu;
    /// <summary>Every serial line in arrival order: log, records and protocol errors.</summary>
    public IReadOnlyList<SerialLine> Lines { get; } = lines;

    public Outcome Outcome => Verdict.Outcome;
    public int ExitCode => Verdict.ExitCode;
    public MeasurementMode Mode => Acceleration.Mode;
    public TimeSpan WallTime => Qemu.WallTime;

    public IReadOnlyList<TbRecord> Records { get; } = lines.OfType<TbRecord>().ToList();
    public IReadOnlyList<string> LogLines { get; } = lines.OfType<LogLine>().Select(l => l.Text).ToList();
    public IReadOnlyList<ProtocolErrorLine> ProtocolErrors { get; } = lines.OfType<ProtocolErrorLine>().ToList();

    public IEnumerable<CheckRecord> Checks => Records.Select(r => r.AsCheck()).OfType<CheckRecord>();
    public IEnumerable<BenchRecord> Benches => Records.Select(r => r.AsBench()).OfType<BenchRecord>();

    /// <summary>The bench records in modelled cycles, for a boot under --model; null otherwise.</summary>
    public Testbed.Harness.CycleModel.ModelledBoot? Modelled { get; internal set; }
}
