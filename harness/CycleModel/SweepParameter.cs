using System.Globalization;

namespace Testbed.Harness.CycleModel;

/// <summary>
/// One swept cost of a model (`testbed sweep --param NAME=VALUES`): the counter it prices and
/// the values it takes, either a list (<c>insn.cr3-write=100,300,600</c>) or a range cut into
/// even steps (<c>syscall=50..800</c>, 8 values by default, both ends included). A name
/// without a class is an instruction class: <c>syscall</c> is <c>insn.syscall</c>.
/// </summary>
public sealed record SweepParameter(string Cost, IReadOnlyList<double> Values)
{
    public const int DefaultSteps = 8;

    public static SweepParameter Parse(string text, CpuModel model, int steps = DefaultSteps)
    {
        int eq = text.IndexOf('=');
        if (eq <= 0 || eq == text.Length - 1)
            throw new BadModelException($"--param '{text}': expected NAME=FROM..TO or NAME=V1,V2,...");
        var name = text[..eq];
        var cost = model.Costs.ContainsKey(name) ? name
            : model.Costs.ContainsKey("insn." + name) ? "insn." + name
            : throw new BadModelException($"--param '{text}': model {model.Label} has no cost '{name}' (its costs: {string.Join(", ", model.Costs.Keys)})");
        var spec = text[(eq + 1)..];
        var range = spec.Split("..");
        IReadOnlyList<double> values;
        if (range.Length == 2)
        {
            double from = Number(range[0], text), to = Number(range[1], text);
            if (!(to > from)) throw new BadModelException($"--param '{text}': a range goes up (FROM < TO)");
            values = Enumerable.Range(0, steps).Select(i => from + (to - from) * i / (steps - 1)).ToList();
        }
        else
            values = spec.Split(',').Select(v => Number(v, text)).Distinct().ToList();
        return new SweepParameter(cost, values);
    }

    static double Number(string word, string text) =>
        double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0
            ? v : throw new BadModelException($"--param '{text}': '{word}' is not a number of cycles >= 0");

    /// <summary>Every combination of the parameters' values, the first parameter varying slowest.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, double>> Points(IReadOnlyList<SweepParameter> parameters)
    {
        IEnumerable<Dictionary<string, double>> points = [new Dictionary<string, double>(StringComparer.Ordinal)];
        foreach (var p in parameters)
            points = points.SelectMany(point => p.Values.Select(v => new Dictionary<string, double>(point, StringComparer.Ordinal) { [p.Cost] = v }));
        return points;
    }
}
