namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>
/// Like for like: a ratio of two figures means something only when both measure the same
/// thing (same start and end of the window, same data contract, halted time handled the
/// same way), which each figure says by its definition id (Testbed.Protocol.BenchDefinitions).
/// When each side is one measurement, both must carry the same declared id. A side that is a
/// sum of several (a hardware floor such as 2 x null call + address-space switch) is a
/// composite by design and is compared with its counterpart as such, but every measurement in
/// it must still be declared. Constants (a paper's figure) carry no definition.
/// </summary>
public static class DefinitionRule
{
    /// <summary>Why the comparison may not be evaluated, or null when it may.</summary>
    public static string? Refusal(Comparison comparison, Measurements measurements)
    {
        var undeclared = comparison.Measurements.Distinct()
            .Where(m => measurements.Find(m) is { } row && !IsDeclared(row.Definition))
            .Select(m => m.ToString()).ToList();
        if (undeclared.Count > 0)
            return "no definition for " + string.Join(", ", undeclared);

        var numerator = comparison.Numerator.Measurements.Distinct().ToList();
        var denominator = comparison.Denominator.Measurements.Distinct().ToList();
        if (numerator.Count != 1 || denominator.Count != 1)
            return null;
        var a = measurements.Find(numerator[0])!.Definition;
        var b = measurements.Find(denominator[0])!.Definition;
        return a == b ? null : $"definitions differ ({a} vs {b})";
    }

    public static bool IsDeclared(string definition) =>
        definition.Length > 0 && definition != BenchDefinitions.Undeclared;
}
