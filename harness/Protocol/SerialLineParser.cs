using System.Text.Json;

namespace Testbed.Harness.Protocol;

/// <summary>
/// Turns one line of serial output into a <see cref="SerialLine"/>. Tolerant by design
/// (PROTOCOL.md): unknown kinds and extra fields are kept; only a record the harness would
/// misread (a check without a boolean "ok", a bench without its numbers) is an error.
/// </summary>
public static class SerialLineParser
{
    public static SerialLine Parse(string line)
    {
        // Kernels write "\r\n" to the UART; a reader that splits on '\n' alone leaves the '\r'.
        var text = line.TrimEnd('\r', '\n');
        if (!text.StartsWith(ProtocolNames.Prefix, StringComparison.Ordinal))
            return new LogLine(text);

        var json = text.AsSpan(ProtocolNames.Prefix.Length);
        JsonElement fields;
        try
        {
            using var document = JsonDocument.Parse(json.ToString());
            fields = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return new ProtocolErrorLine(text, $"malformed JSON: {e.Message}");
        }

        if (fields.ValueKind != JsonValueKind.Object)
            return new ProtocolErrorLine(text, "a @tb line must carry a JSON object");
        if (!fields.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String)
            return new ProtocolErrorLine(text, "record has no string \"kind\"");

        var name = fields.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var record = new TbRecord(text, kind.GetString()!, name, fields);
        var problem = MissingRequiredField(record);
        return problem is null ? record : new ProtocolErrorLine(text, problem);
    }

    // The fields the harness's decisions depend on. Everything else is optional.
    static string? MissingRequiredField(TbRecord record) => record.Kind switch
    {
        ProtocolNames.Check when record.GetBool("ok") is null => "check record without a boolean \"ok\"",
        ProtocolNames.Done when record.GetBool("ok") is null => "done record without a boolean \"ok\"",
        ProtocolNames.Bench => FirstMissingNumber(record, "n", "min", "median", "max") is { } field
            ? $"bench record without an unsigned integer \"{field}\""
            : null,
        _ => null,
    };

    static string? FirstMissingNumber(TbRecord record, params string[] fields) =>
        fields.FirstOrDefault(field => record.GetUInt64(field) is null);
}
