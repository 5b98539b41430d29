using System.Globalization;

namespace Testbed.Harness.CycleModel;

/// <summary>
/// Reads a model file. One statement a line, each number followed by its source after '#':
/// <code>
/// name skylake
/// version 1
/// cpu Intel Core i7-6700 (Skylake client)
/// geometry l1d 32768 8 64      # Intel optimization manual, table 2-5
/// cost insn.syscall 70         # Agner Fog, instruction tables, Skylake
/// </code>
/// A geometry line is handed to the QEMU plugin as name=values (colon-separated); a cost line
/// weights one of the plugin's counters. A number without a source is refused: every figure a
/// modelled cycle count rests on must be traceable (docs/cycle-model.md).
/// </summary>
public static class CpuModelFile
{
    public static CpuModel Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadModelException($"cannot read the model file {path}: {e.Message}");
        }
        return Parse(text, path);
    }

    public static CpuModel Parse(string text, string origin)
    {
        string? name = null, cpu = null;
        int? version = null;
        var costs = new Dictionary<string, ModelParameter>(StringComparer.Ordinal);
        var geometry = new List<ModelParameter>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            var raw = lines[i].TrimEnd('\r');
            int hash = raw.IndexOf('#');
            var statement = (hash < 0 ? raw : raw[..hash]).Trim();
            var source = hash < 0 ? "" : raw[(hash + 1)..].Trim();
            if (statement.Length == 0) continue;
            var words = statement.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            BadModelException Bad(string why) => new($"{origin}:{lineNumber}: {why}");
            switch (words[0])
            {
                case "name":
                    if (words.Length != 2) throw Bad("'name' takes one word");
                    name = words[1];
                    break;
                case "version":
                    if (words.Length != 2 || !int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v <= 0)
                        throw Bad("'version' takes one positive whole number");
                    version = v;
                    break;
                case "cpu":
                    cpu = statement["cpu".Length..].Trim();
                    break;
                case "cost":
                    if (words.Length != 3) throw Bad("'cost' takes a counter name and a number of cycles");
                    if (!double.TryParse(words[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var cost) || cost < 0 || !double.IsFinite(cost))
                        throw Bad($"the cost of {words[1]} must be a number of cycles >= 0, not '{words[2]}'");
                    if (source.Length == 0) throw Bad($"the cost of {words[1]} has no source (write it after '#')");
                    if (!costs.TryAdd(words[1], new ModelParameter(words[1], cost, source, lineNumber)))
                        throw Bad($"{words[1]} has a cost already, on line {costs[words[1]].Line}");
                    break;
                case "geometry":
                    if (words.Length < 3) throw Bad("'geometry' takes a name and its numbers");
                    var numbers = words[2..];
                    if (numbers.Any(n => !ulong.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                        throw Bad($"the geometry of {words[1]} must be whole numbers, not '{string.Join(' ', numbers)}'");
                    if (source.Length == 0) throw Bad($"the geometry of {words[1]} has no source (write it after '#')");
                    if (geometry.Any(g => g.Name == words[1])) throw Bad($"{words[1]} has a geometry already");
                    geometry.Add(new ModelParameter(words[1] + "=" + string.Join(':', numbers), 0, source, lineNumber));
                    break;
                default:
                    throw Bad($"unknown statement '{words[0]}' (name, version, cpu, geometry, cost)");
            }
        }
        if (name is null) throw new BadModelException($"{origin}: no 'name' line");
        if (version is null) throw new BadModelException($"{origin}: no 'version' line");
        if (costs.Count == 0) throw new BadModelException($"{origin}: no 'cost' line");
        return new CpuModel(name, version.Value, cpu ?? name, costs, geometry);
    }
}
