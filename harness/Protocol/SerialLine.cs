using System.Text.Json;

namespace Testbed.Harness.Protocol;

/// <summary>
/// One line the kernel wrote to COM1, as the harness understood it
/// (common/protocol/PROTOCOL.md): plain boot log, a @tb record, or a @tb line that
/// could not be read. The raw text is kept in every case so nothing the kernel said is lost.
/// </summary>
public abstract record SerialLine(string Text);

/// <summary>Ordinary boot log: shown to the user, kept verbatim.</summary>
public sealed record LogLine(string Text) : SerialLine(Text);

/// <summary>
/// A @tb line whose JSON could not be used. Reported, never fatal: a kernel bug in one
/// line must not hide the rest of the boot.
/// </summary>
public sealed record ProtocolErrorLine(string Text, string Error) : SerialLine(Text);

/// <summary>
/// A well-formed @tb record. <see cref="Fields"/> holds the whole JSON object, so kinds
/// and fields the harness does not know yet are kept, not dropped.
/// </summary>
public sealed record TbRecord(string Text, string Kind, string? Name, JsonElement Fields) : SerialLine(Text)
{
    public bool Is(string kind) => string.Equals(Kind, kind, StringComparison.Ordinal);

    public CheckRecord? AsCheck() =>
        Is(ProtocolNames.Check) ? new CheckRecord(Name ?? "(unnamed)", GetBool("ok") ?? false, GetString("detail")) : null;

    public BenchRecord? AsBench() =>
        Is(ProtocolNames.Bench)
            ? new BenchRecord(Name ?? "(unnamed)", GetUInt64("n") ?? 0, GetUInt64("min") ?? 0,
                GetUInt64("median") ?? 0, GetUInt64("max") ?? 0, GetString("what"), GetString("def"))
            : null;

    public PanicRecord? AsPanic() =>
        Is(ProtocolNames.Panic) ? new PanicRecord(GetString("reason") ?? "(no reason given)") : null;

    public DoneRecord? AsDone() => Is(ProtocolNames.Done) ? new DoneRecord(GetBool("ok") ?? false) : null;

    public SampleRecord? AsSample() =>
        Is(ProtocolNames.Sample) ? new SampleRecord(Name ?? "(unnamed)", GetUInt64("i") ?? 0, GetUInt64("value") ?? 0) : null;

    public FaultPlanRecord? AsFaultPlan() =>
        Is(ProtocolNames.FaultPlan)
            ? new FaultPlanRecord(GetString("target") ?? "", GetString("fault") ?? "", GetUInt64("at") ?? 0, GetString("state") ?? "")
            : null;

    public WarningRecord? AsWarning() =>
        Is(ProtocolNames.Warning) ? new WarningRecord(Name ?? "(unnamed)", GetString("word"), GetString("known")) : null;

    public string? GetString(string field) =>
        Fields.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool? GetBool(string field) =>
        Fields.TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

    public ulong? GetUInt64(string field) =>
        Fields.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var number)
            ? number
            : null;
}
