namespace Testbed.Harness.Qemu;

/// <summary>
/// How QEMU runs the guest, which decides what the guest's time stamp counter counts.
/// Kernels report raw TSC deltas and never know which; the harness attaches the unit
/// (docs/architecture.md, "Measurement"; common/protocol/PROTOCOL.md).
/// </summary>
public enum MeasurementMode
{
    /// <summary>TCG, TSC paced by the host clock: numbers vary from run to run.</summary>
    Tcg,
    /// <summary>TCG with -icount shift=0,sleep=off: the TSC counts retired guest instructions, identically on every machine.</summary>
    TcgIcount,
    /// <summary>Hardware virtualisation: the TSC counts real cycles.</summary>
    Kvm,
}

public static class MeasurementModes
{
    /// <summary>The mode as written into results: tcg, tcg-icount, kvm.</summary>
    public static string Label(this MeasurementMode mode) => mode switch
    {
        MeasurementMode.Tcg => "tcg",
        MeasurementMode.TcgIcount => "tcg-icount",
        MeasurementMode.Kvm => "kvm",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>The unit of a TSC delta measured in this mode: instr, cycles or ticks.</summary>
    public static string Unit(this MeasurementMode mode) => mode switch
    {
        MeasurementMode.Tcg => "ticks",
        MeasurementMode.TcgIcount => "instr",
        MeasurementMode.Kvm => "cycles",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };
}
