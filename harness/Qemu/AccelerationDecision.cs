namespace Testbed.Harness.Qemu;

/// <summary>The mode a boot runs in and why, e.g. "KVM probe failed: ...; using TCG".</summary>
public sealed record AccelerationDecision(MeasurementMode Mode, string Reason);
