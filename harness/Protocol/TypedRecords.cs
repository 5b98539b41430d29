namespace Testbed.Harness.Protocol;

// Typed views of the record kinds the harness acts on (PROTOCOL.md, "Kinds").
// Obtained from TbRecord.AsCheck() and friends; the parser has already checked that
// the fields these need are present and of the right JSON type.

/// <summary>A self-test result: <c>{"kind":"check","name":..,"ok":..,"detail":..}</c>.</summary>
public sealed record CheckRecord(string Name, bool Ok, string? Detail);

/// <summary>
/// The kernel's own summary of <see cref="N"/> samples of one measurement. Values are raw
/// TSC deltas; their unit depends on how QEMU ran the guest (see MeasurementMode).
/// <see cref="Definition"/> is what the window measures (Testbed.Protocol.BenchDefinitions).
/// </summary>
public sealed record BenchRecord(string Name, ulong N, ulong Min, ulong Median, ulong Max, string? What, string? Definition = null);

/// <summary>One raw sample, printed only when the command line says <c>samples</c>.</summary>
public sealed record SampleRecord(string Name, ulong Index, ulong Value);

/// <summary>The kernel is going down; a power-off with code 2 should follow.</summary>
public sealed record PanicRecord(string Reason);

/// <summary>
/// A fault plan's progress (common/drivers/Faults/FaultRecord.cs): <see cref="State"/> is
/// "armed" (handed to the target) or "committed" (the target is executing the faulty code).
/// </summary>
public sealed record FaultPlanRecord(string Target, string Fault, ulong At, string State)
{
    public bool IsCommitted => State == Testbed.Protocol.ProtocolNames.FaultPlanCommitted;
    public bool IsArmed => State == Testbed.Protocol.ProtocolNames.FaultPlanArmed;
}

/// <summary>Something the kernel wants a person to see, e.g. a command-line word no part of it reads.</summary>
public sealed record WarningRecord(string Name, string? Word, string? Known);

/// <summary>The kernel finished its work; a power-off follows.</summary>
public sealed record DoneRecord(bool Ok);
