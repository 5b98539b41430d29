using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Testbed.Harness.Reports;

/// <summary>
/// How a results file was made, in a sidecar beside it (<c>x.csv</c> → <c>x.provenance.json</c>):
/// the command, the commit and whether the working tree had other changes, the QEMU version,
/// the mode, the kernels and their command line. Written by the harness with the CSV, so it
/// cannot disagree with it; a test checks every committed result has one.
/// </summary>
public sealed record Provenance(
    [property: JsonPropertyName("command")] string Command,
    [property: JsonPropertyName("commit")] string Commit,
    [property: JsonPropertyName("uncommitted_changes")] bool UncommittedChanges,
    [property: JsonPropertyName("qemu")] string Qemu,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("kernels")] IReadOnlyList<string> Kernels,
    [property: JsonPropertyName("iterations")] int Iterations,
    [property: JsonPropertyName("append")] string? Append,
    [property: JsonPropertyName("written_utc")] DateTime WrittenUtc)
{
    public const string Suffix = ".provenance.json";

    static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The sidecar of a results file: results/l4-style.csv → results/l4-style.provenance.json.</summary>
    public static string PathFor(string csvPath) => Path.ChangeExtension(csvPath, null) + Suffix;

    public void WriteBeside(string csvPath) =>
        AtomicFile.Write(PathFor(csvPath), writer => writer.Write(JsonSerializer.Serialize(this, Json) + "\n"));

    /// <summary>The sidecar of <paramref name="csvPath"/>, or null when it has none (or an unreadable one).</summary>
    public static Provenance? ReadBeside(string csvPath)
    {
        var path = PathFor(csvPath);
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<Provenance>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>One line for the console: commit, QEMU, mode.</summary>
    [JsonIgnore]
    public string Summary =>
        $"commit {Commit[..Math.Min(12, Commit.Length)]}{(UncommittedChanges ? " with uncommitted changes" : "")}, {Qemu}, {Mode}, iterations={Iterations}" +
        (string.IsNullOrWhiteSpace(Append) ? "" : $" {Append}");
}
